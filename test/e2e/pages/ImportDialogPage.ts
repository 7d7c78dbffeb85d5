// Page model of the import dialog: the review table, the failures list, confirming, and the per-file results.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class ImportDialogPage {
  readonly dialog: Locator;
  readonly reviewTable: Locator;
  readonly failures: Locator;
  readonly resultsTable: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog');
    this.reviewTable = this.dialog.getByRole('table', { name: 'Files to import' });
    this.failures = this.dialog.getByRole('region', { name: 'Files that cannot be imported' });
    this.resultsTable = this.dialog.getByRole('table', { name: 'Import results' });
  }

  async expectReview(): Promise<void> {
    await expect(this.dialog.getByRole('heading', { name: 'Review the import' })).toBeVisible();
  }

  reviewRow(fileName: string): Locator {
    return this.reviewTable.getByRole('row').filter({ hasText: fileName });
  }

  kindSelect(fileName: string): Locator {
    return this.dialog.getByLabel(`Kind of ${fileName}`);
  }

  titleInput(fileName: string): Locator {
    return this.dialog.getByLabel(`Title of ${fileName}`);
  }

  /** The select linking a detected speaker of one file to an informant. */
  speakerLink(speaker: string, fileName: string): Locator {
    return this.dialog.getByLabel(`Informant for speaker ${speaker} in ${fileName}`, { exact: true });
  }

  async newInformantFromSpeaker(speaker: string, fileName: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `New informant from speaker ${speaker} in ${fileName}`, exact: true }).click();
  }

  /** The encoding picker of one file (plain-text formats), its preview of the text, and its warnings. */
  encodingSelect(fileName: string): Locator {
    return this.dialog.getByLabel(`Encoding of ${fileName}`, { exact: true });
  }

  textPreview(fileName: string): Locator {
    return this.dialog.getByLabel(`Start of the text of ${fileName}`, { exact: true });
  }

  warnings(fileName: string): Locator {
    return this.reviewRow(fileName).getByRole('note');
  }

  speakerList(fileName: string): Locator {
    return this.dialog.getByRole('list', { name: `Speakers of ${fileName}`, exact: true });
  }

  notASpeaker(speaker: string, fileName: string): Locator {
    return this.dialog.getByLabel(`${speaker} in ${fileName} is not a speaker`, { exact: true });
  }

  async addSpeakerLabel(label: string, fileName: string): Promise<void> {
    const input = this.dialog.getByLabel(`Add a speaker label in ${fileName}`, { exact: true });
    await input.fill(label);
    await input.press('Enter');
  }

  async confirm(count: number): Promise<void> {
    await this.dialog.getByRole('button', { name: count === 1 ? 'Import 1 source' : `Import ${count} sources` }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  }

  resultRow(fileName: string): Locator {
    return this.resultsTable.getByRole('row').filter({ hasText: fileName });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
