// Page model of the Coded excerpts screen (#/excerpts): code checklist, filters, counts, excerpt cards, CSV, Markdown, XLSX and Word exports.
import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

export class ExcerptsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly codeFilter: Locator;
  readonly includeSubCodes: Locator;
  readonly excerpts: Locator;
  readonly total: Locator;
  readonly roleCounts: Locator;
  readonly kindCounts: Locator;
  readonly codeCounts: Locator;
  readonly exportButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.locator('#excerpts-heading');
    this.codeFilter = page.getByLabel('Filter codes');
    this.includeSubCodes = page.getByLabel('Include sub-codes');
    this.excerpts = page.getByTestId('excerpt');
    this.total = page.getByTestId('excerpts-total');
    this.roleCounts = page.getByTestId('excerpts-counts-role');
    this.kindCounts = page.getByTestId('excerpts-counts-kind');
    this.codeCounts = page.getByTestId('excerpts-counts-code');
    this.exportButton = page.getByRole('button', { name: 'Export CSV' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Coded excerpts/ }).click();
    await expect(this.heading).toHaveText('Coded excerpts');
  }

  /** Ticks the code whose full path is `path` (e.g. "Business associations / Training"). */
  async pickCode(path: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Retrieve ${path}`, exact: true }).check();
  }

  async unpickCode(path: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Retrieve ${path}`, exact: true }).uncheck();
  }

  /** The full paths of the codes in the checklist, in the order it lists them (code-tree order). */
  async checklistPaths(): Promise<string[]> {
    return this.page.getByRole('list', { name: 'Codes to retrieve' }).locator('.code-check').evaluateAll((labels) => labels.map((label) => label.getAttribute('title') ?? ''));
  }

  /** The count shown next to `label` in a counts group (per code, per role or per kind). */
  async countOf(group: Locator, label: string): Promise<number> {
    const chip = group.locator('.count-chip').filter({ has: this.page.locator('.count-label', { hasText: label }) });
    return Number((await chip.locator('.count-value').innerText()).replace(/[^\d]/g, ''));
  }

  /** Ticks `values` in the multi-select filter named `label` ("Informant role", "Source kind", "Coder"). */
  async filter(label: string, values: string[]): Promise<void> {
    const group = this.page.getByRole('group', { name: 'Filters' });
    await group.locator(`summary[aria-label="${label}"]`).click();
    const options = group.getByRole('group', { name: label });
    for (const value of values) await options.getByLabel(value, { exact: true }).check();
    await this.page.keyboard.press('Escape');
  }

  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }

  /** Clicks an export button ("Export Markdown", "Export XLSX", "Export Word") and waits for its download. */
  async exportAs(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button, exact: true }).click();
    return download;
  }

  async exportMarkdown(): Promise<Download> {
    return this.exportAs('Export Markdown');
  }

  /** The excerpt card whose text contains `text`. */
  excerpt(text: string): Locator {
    return this.excerpts.filter({ has: this.page.locator('.excerpt-text', { hasText: text }) });
  }

  /** Where a card says its excerpt sits ("¶ 4–5, 00:00:45"). */
  where(card: Locator): Locator {
    return card.getByTestId('excerpt-where');
  }

  copyWithCitation(card: Locator): Locator {
    return card.getByRole('button', { name: /^Copy this excerpt from .* with its citation$/ });
  }
}
