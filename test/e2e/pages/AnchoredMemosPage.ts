// Page model of the memos anchored to words of a transcript: the source screen's margin panel (each memo a button
// naming its title and words; open, it shows its origin, quote and editor) and the underlined words themselves.
import type { Locator, Page } from '@playwright/test';

export class AnchoredMemosPage {
  readonly page: Page;
  readonly panel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('region', { name: 'Memos on these words' });
  }

  memoButton(title: string): Locator {
    return this.panel.getByRole('button', { name: `Open memo “${title}”`, exact: true });
  }

  /** The open memo's facts: its origin line and the quoted words. */
  facts(): Locator {
    return this.panel.locator('.memo-anchor-facts');
  }

  /** The words of the transcript under the named CSS highlight of anchored memos, as the page paints them. */
  async underlinedWords(): Promise<string[]> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('cw-memo-anchor');
      if (highlight === undefined) return [];
      return [...highlight].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    });
  }

  /** Clicks the middle of the first underlined words, where a reader would. */
  async clickUnderlinedWords(): Promise<void> {
    const point = await this.page.evaluate(() => {
      const first = [...(CSS.highlights.get('cw-memo-anchor') ?? [])][0];
      if (first === undefined) return null;
      const live = document.createRange();
      live.setStart(first.startContainer, first.startOffset);
      live.setEnd(first.endContainer, first.endOffset);
      const box = live.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    if (point === null) throw new Error('No words are underlined as anchored to a memo');
    await this.page.mouse.click(point.x, point.y);
  }
}
