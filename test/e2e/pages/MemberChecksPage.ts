// Page model of the Member checks screen: the list by informant and its filter, the "New member check" form, and a
// record's page — its dates, each returned item with its response, comment and outcomes, the informant's words.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class MemberChecksPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly items: Locator;
  readonly words: Locator;
  readonly wordsStatus: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.locator('#member-checks-heading');
    this.items = page.getByRole('list', { name: 'Returned items' });
    this.words = page.getByRole('textbox', { name: 'The informant’s words' });
    this.wordsStatus = page.getByTestId('words-save-status');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Member checks/ }).click();
    await expect(this.heading).toHaveText('Member checks');
  }

  /** The records listed under an informant. */
  records(pseudonym: string): Locator {
    return this.page.getByRole('list', { name: `Member checks with ${pseudonym}` }).getByRole('button');
  }

  /** A returned item on the open record, found by the words of its title. */
  item(title: RegExp): Locator {
    return this.items.locator(':scope > li').filter({ has: this.page.locator('.member-check-target', { hasText: title }) });
  }

  /** The choice of "what is returned" in the new-record form, in one of its groups. */
  choice(group: string, label: RegExp): Locator {
    return this.page.getByRole('group', { name: group }).getByRole('checkbox', { name: label });
  }
}
