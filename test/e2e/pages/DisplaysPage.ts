// Page model of the Displays screen: the list of displays, "New display", the matrix builder form, the matrix grid and
// the side panel of an open cell (summary, evidence-changed notice, excerpts), and the export buttons.
import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

export class DisplaysPage {
  readonly page: Page;
  readonly list: Locator;
  readonly builder: Locator;
  readonly cellPanel: Locator;
  readonly summaryEditor: Locator;
  readonly evidenceNotice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.list = page.getByRole('table', { name: 'Displays' });
    this.builder = page.getByRole('form', { name: 'Matrix builder' });
    this.cellPanel = page.locator('.cell-panel');
    this.summaryEditor = this.cellPanel.getByRole('textbox', { name: /^Summary of / });
    this.evidenceNotice = this.cellPanel.getByRole('status', { name: 'Evidence changed since this summary' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Displays/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Displays', level: 1 })).toBeVisible();
  }

  async create(name: string, type: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New display' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New display' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('radio', { name: new RegExp(`^${type}`) }).check();
    await dialog.getByRole('button', { name: 'Create display' }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  grid(name: string): Locator {
    return this.page.getByRole('grid', { name });
  }

  /** Ticks options of one of the builder's multi-selects (codes, roles, …). */
  async pick(label: string, options: string[]): Promise<void> {
    const select = this.builder.locator('details.multi-select').filter({ has: this.page.getByLabel(label, { exact: true }) });
    await select.locator('summary').click();
    for (const option of options) await select.getByRole('checkbox', { name: option, exact: true }).check();
    await select.locator('summary').click();
  }

  /** The cell at a row and column, found by their labels. */
  async cell(grid: Locator, row: string, column: string): Promise<Locator> {
    const rows = await grid.locator('tbody tr th[scope="row"]').allInnerTexts();
    const columns = await grid.locator('thead th.matrix-column').allInnerTexts();
    const r = rows.findIndex((label) => label.trim() === row);
    const c = columns.findIndex((label) => label.trim() === column);
    expect(r, `row ${row} among ${rows.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(c, `column ${column} among ${columns.join(', ')}`).toBeGreaterThanOrEqual(0);
    return grid.locator(`[data-cell="${r}:${c}"]`);
  }

  async exportXlsx(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'XLSX' }).click();
    return downloading;
  }
}
