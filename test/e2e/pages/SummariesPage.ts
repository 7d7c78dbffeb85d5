// Page model of the Summary sheets screen: the list (search, kind filter, order), the new-sheet form and the sheet
// editor with its named rich-text fields, theme codes and save status.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class SummariesPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly kindFilter: Locator;
  readonly order: Locator;
  readonly saveStatus: Locator;
  readonly sourceChoice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.locator('#summaries-heading');
    this.list = page.getByRole('list', { name: 'Summary sheets' });
    this.search = page.getByRole('searchbox', { name: 'Search summary sheets' });
    this.kindFilter = page.getByRole('combobox', { name: 'Kind', exact: true });
    this.order = page.getByRole('combobox', { name: 'Order by' });
    this.saveStatus = page.getByTestId('sheet-save-status');
    this.sourceChoice = page.getByRole('combobox', { name: 'Source', exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Summary sheets/ }).click();
    await expect(this.heading).toHaveText('Summary sheets');
  }

  items(): Locator {
    return this.list.getByRole('button');
  }

  item(sourceTitle: string): Locator {
    return this.items().filter({ has: this.page.locator('.sheet-list-title', { hasText: sourceTitle }) });
  }

  /** Picks the source of a new sheet by its title (the option also shows the source's date). */
  async chooseSource(title: string): Promise<void> {
    const value = await this.sourceChoice.locator('option', { hasText: title }).getAttribute('value');
    if (value === null) throw new Error(`no option for ${title}`);
    await this.sourceChoice.selectOption(value);
  }

  /** A rich-text field of the open sheet, by its label. */
  field(label: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  async write(label: string | RegExp, text: string): Promise<void> {
    await this.field(label).click();
    await this.field(label).pressSequentially(text);
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }
}
