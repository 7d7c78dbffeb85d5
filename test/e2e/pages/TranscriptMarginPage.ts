// Page model of the transcript's margin of paragraph numbers (¶ n beside each block, as MAXQDA shows them).
import type { Locator, Page } from '@playwright/test';

export type MarginNumber = { attribute: string | null; shown: string; width: number };

export class TranscriptMarginPage {
  readonly page: Page;
  readonly paragraphs: Locator;

  constructor(page: Page) {
    this.page = page;
    this.paragraphs = page.getByRole('textbox', { name: /^Text of / }).locator(':scope > p');
  }

  /** The block (paragraph) holding `phrase`. */
  paragraphWith(phrase: string): Locator {
    return this.paragraphs.filter({ hasText: phrase });
  }

  /** The number stamped on the block holding `phrase`, what its margin draws, and how wide the drawing is. */
  async numberBeside(phrase: string): Promise<MarginNumber> {
    return this.paragraphWith(phrase).evaluate((paragraph) => {
      const drawn = getComputedStyle(paragraph, '::before');
      return { attribute: paragraph.getAttribute('data-paragraph-number'), shown: drawn.content, width: Number.parseFloat(drawn.width) };
    });
  }

  /** The numbers of every block, top to bottom. */
  async allNumbers(): Promise<(string | null)[]> {
    return this.paragraphs.evaluateAll((paragraphs) => paragraphs.map((paragraph) => paragraph.getAttribute('data-paragraph-number')));
  }
}
