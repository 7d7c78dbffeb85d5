// Page model of the source list (filters, sort, rows) and of one source's view (transcript, speakers, metadata).
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class SourcesPage {
  readonly page: Page;
  readonly table: Locator;
  readonly kindFilter: Locator;
  readonly informantFilter: Locator;
  readonly roleFilter: Locator;
  readonly sort: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByRole('table', { name: 'Sources' });
    const filters = page.getByRole('group', { name: 'Filter sources' });
    this.kindFilter = filters.getByLabel('Kind');
    this.informantFilter = filters.getByLabel('Informant');
    this.roleFilter = filters.getByLabel('Role');
    this.sort = filters.getByLabel('Sort by');
  }

  /** Titles of the listed sources, in display order. */
  async titles(): Promise<string[]> {
    return this.table.locator('tbody tr td:first-child .button').allInnerTexts();
  }

  async open(title: string): Promise<SourceViewPage> {
    await this.table.getByRole('button', { name: title, exact: true }).click();
    const view = new SourceViewPage(this.page);
    await expect(view.heading).toHaveText(title);
    return view;
  }
}

export class SourceViewPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly transcript: Locator;
  readonly speakers: Locator;
  readonly details: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.locator('#source-heading');
    this.transcript = page.getByRole('textbox', { name: /^Text of / });
    this.speakers = page.getByRole('list', { name: 'Speakers' });
    this.details = page.getByRole('region', { name: 'Details' });
  }

  speakerChips(): Locator {
    return this.transcript.locator('.speaker-chip');
  }

  async renameSpeaker(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename speaker ${from}`, exact: true }).click();
    const input = this.page.getByLabel(`New name for speaker ${from}`, { exact: true });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.page.getByRole('button', { name: `Rename speaker ${to}`, exact: true })).toBeVisible();
  }

  async linkSpeaker(speaker: string, informant: string): Promise<void> {
    await this.page.getByLabel(`Informant for speaker ${speaker}`, { exact: true }).selectOption({ label: informant });
  }

  speakerLink(speaker: string): Locator {
    return this.page.getByLabel(`Informant for speaker ${speaker}`, { exact: true });
  }

  /** The offer, shown after a link, to link the same label in the project's other sources. */
  linkEverywhereOffer(speaker: string): Locator {
    return this.page.getByRole('group', { name: `Link speaker ${speaker} in other sources` });
  }
}
