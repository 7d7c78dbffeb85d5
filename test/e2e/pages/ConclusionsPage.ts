// Page model of the Conclusions screen: the list and its status filter, the "New conclusion" form, and a
// conclusion's page — statement, status change, triangulation, evidence with the "Add excerpts…" picker, resolving,
// the tactics log and deleting.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class ConclusionsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly list: Locator;
  readonly statusFilter: Locator;
  readonly triangulationStatus: Locator;
  readonly triangulationReason: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.locator('#conclusions-heading');
    this.list = page.getByRole('list', { name: 'Conclusions' });
    this.statusFilter = page.getByRole('combobox', { name: 'Status', exact: true });
    this.triangulationStatus = page.getByTestId('triangulation-status').locator('.triangulation-badge');
    this.triangulationReason = page.getByTestId('triangulation-reason');
    this.status = page.getByTestId('conclusion-status');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Conclusions/ }).click();
    await expect(this.heading).toHaveText('Conclusions');
  }

  items(): Locator {
    return this.list.getByRole('button');
  }

  item(statement: string): Locator {
    return this.items().filter({ has: this.page.locator('.conclusion-list-title', { hasText: statement }) });
  }

  /** Draws a conclusion with a statement, a model role and codes picked by their paths. */
  async draw(statement: string, modelRole: string, codePaths: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'New conclusion' }).click();
    const field = this.page.getByRole('textbox', { name: 'Statement' });
    await field.click();
    await field.pressSequentially(statement);
    await this.page.getByRole('combobox', { name: 'Model role' }).fill(modelRole);
    for (const path of codePaths) await this.page.getByRole('checkbox', { name: path, exact: true }).check();
    await this.page.getByRole('button', { name: 'Draw conclusion' }).click();
  }

  /** Adds coded excerpts, found by words of their quotes, as supporting or disconfirming evidence. */
  async addExcerpts(stance: 'Supporting evidence' | 'Disconfirming evidence', quotes: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Add excerpts…' }).click();
    await this.page.getByRole('combobox', { name: 'Add as' }).selectOption({ label: stance });
    const picker = this.page.getByRole('list', { name: 'Coded excerpts' });
    for (const quote of quotes) await picker.getByRole('checkbox', { name: new RegExp(quote) }).check();
    await this.page.getByRole('button', { name: /^Add \d+ excerpts?$/ }).click();
  }

  evidence(stance: 'Supporting evidence' | 'Disconfirming evidence'): Locator {
    return this.page.getByRole('list', { name: stance, exact: true }).getByRole('listitem');
  }
}
