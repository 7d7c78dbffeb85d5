// Page model of the Memos screen and of the rich-text memo editor (title, toolbar, body, save status).
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class MemosPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly kindFilter: Locator;
  readonly title: Locator;
  readonly body: Locator;
  readonly saveStatus: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.locator('#memos-heading');
    this.list = page.getByRole('list', { name: 'Memos' });
    this.search = page.getByRole('searchbox', { name: 'Search memos' });
    this.kindFilter = page.getByLabel('Attached to');
    this.title = page.getByRole('textbox', { name: 'Memo title' });
    this.body = page.getByRole('textbox', { name: 'Memo text' });
    this.saveStatus = page.getByTestId('memo-save-status');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Memos/ }).click();
    await expect(this.heading).toHaveText('Memos');
  }

  items(): Locator {
    return this.list.getByRole('button');
  }

  item(title: string): Locator {
    return this.items().filter({ has: this.page.locator('.memo-list-title', { hasText: title }) });
  }

  async newProjectMemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'New project memo' }).click();
    await expect(this.body).toBeFocused();
  }

  formatButton(name: 'Bold' | 'Italic' | 'Underline' | 'Heading' | 'Quote' | 'Bulleted list' | 'Numbered list'): Locator {
    return this.page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }
}
