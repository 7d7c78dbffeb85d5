// Page model of one file's running headers/footers in the import review: the note, the removed lines, "Keep them".
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class ReviewRunningLinesPage {
  readonly page: Page;
  readonly region: Locator;
  readonly note: Locator;
  readonly lines: Locator;
  readonly keep: Locator;

  constructor(page: Page, fileName: string) {
    this.page = page;
    const dialog = page.getByRole('dialog');
    this.region = dialog.getByRole('group', { name: `Running headers and footers of ${fileName}` });
    this.note = this.region.getByRole('note');
    this.lines = this.region.getByRole('list', { name: `Lines left out of ${fileName}` }).getByRole('listitem');
    this.keep = this.region.getByRole('checkbox', { name: `Keep running headers and footers in the text of ${fileName}` });
  }

  /** Opens the list of removed lines (a disclosure) and returns them. */
  async removedLines(): Promise<string[]> {
    if (!(await this.lines.first().isVisible())) await this.note.click();
    await expect(this.lines.first()).toBeVisible();
    return this.lines.allInnerTexts();
  }

  async keepInText(): Promise<void> {
    // The box ticks once the file has been read again with the lines kept (a controlled input), so click, then wait.
    await this.keep.click();
    await expect(this.keep).toBeChecked();
    await expect(this.keep).toBeEnabled();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage: false });
  }
}
