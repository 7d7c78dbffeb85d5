// Page model of coding in a source's transcript: selecting text (DOM ranges or the mouse), the code tree beside
// it, the picker, in-vivo coding, recent codes, stripes, the coding popover and correction mode.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type SelectionOffsets = { start: number; end: number };

export class TranscriptPage {
  readonly page: Page;
  readonly transcript: Locator;
  readonly selectionStatus: Locator;
  readonly codeTree: Locator;
  readonly recentCodes: Locator;
  readonly picker: Locator;
  readonly popover: Locator;
  readonly stripes: Locator;
  /** The caret drawn while the transcript has focus and nothing is selected. */
  readonly caret: Locator;
  /** Correction mode's read-only bar naming the speaker and timestamp of the turn under the caret. */
  readonly correctionSpeaker: Locator;

  constructor(page: Page) {
    this.page = page;
    this.transcript = page.getByRole('textbox', { name: /^Text of / });
    this.selectionStatus = page.getByTestId('transcript-selection');
    this.codeTree = page.locator('.source-side').getByRole('tree', { name: 'Code tree' });
    this.recentCodes = page.getByRole('group', { name: 'Recent codes' });
    this.picker = page.getByRole('dialog', { name: /^(Apply a code|Change code)$/ });
    this.popover = page.getByRole('dialog', { name: 'Codes of this passage' });
    this.stripes = page.getByTestId('coding-stripe');
    this.caret = page.getByTestId('transcript-caret');
    this.correctionSpeaker = page.getByTestId('correction-speaker');
  }

  /** The memo dialog of a coding of `codeName`. */
  codingMemoDialog(codeName: string): Locator {
    return this.page.getByRole('dialog', { name: new RegExp(`^Memo on “${codeName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`) });
  }

  /** Puts the caret of the correction textarea right before `phrase` (its first occurrence). */
  async placeCaretBefore(area: Locator, phrase: string): Promise<void> {
    await area.evaluate((element, needle) => {
      if (!(element instanceof HTMLTextAreaElement)) throw new Error('not a textarea');
      const at = element.value.indexOf(needle);
      if (at < 0) throw new Error(`"${needle}" is not in the text`);
      element.focus();
      element.setSelectionRange(at, at);
    }, phrase);
  }

  /**
   * Selects with a DOM range from the start of `from` to the end of `to` (default: `from` itself), each found in the
   * rendered transcript's text nodes, then waits for the transcript to publish the selection.
   */
  async selectText(from: string, to: string = from, options: { startInLabel?: string } = {}): Promise<SelectionOffsets> {
    await this.page.evaluate(({ from, to, startInLabel }) => {
      const root = document.querySelector('.transcript');
      if (root === null) throw new Error('no transcript');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (node instanceof Text) nodes.push(node);
      const find = (needle: string, after: number): { node: Text; index: number; at: number } => {
        for (let at = after; at < nodes.length; at += 1) {
          const index = nodes[at].data.indexOf(needle);
          if (index >= 0) return { node: nodes[at], index, at };
        }
        throw new Error(`"${needle}" is not in the transcript`);
      };
      const range = document.createRange();
      const start = find(from, 0);
      if (startInLabel === undefined) {
        range.setStart(start.node, start.index);
      } else {
        // Start inside the label (speaker chip) nearest before the phrase.
        let label = start.at - 1;
        while (label >= 0 && !nodes[label].data.includes(startInLabel)) label -= 1;
        if (label < 0) throw new Error(`no label "${startInLabel}" before "${from}"`);
        range.setStart(nodes[label], 1);
      }
      const end = find(to, start.at);
      range.setEnd(end.node, end.index + to.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }, { from, to, startInLabel: options.startInLabel });
    await expect(this.selectionStatus).not.toHaveAttribute('data-start', '');
    return this.selection();
  }

  /**
   * Screen box of `length` characters starting `from` characters into the first occurrence of `needle` inside one
   * text node of the transcript; for real-mouse clicks and drags.
   */
  private async textBox(needle: string, from: number, length: number): Promise<{ left: number; right: number; top: number; bottom: number }> {
    return this.page.evaluate(
      ({ needle, from, length }) => {
        const root = document.querySelector('.transcript') ?? document.body;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (!(node instanceof Text)) continue;
          const index = node.data.indexOf(needle);
          if (index < 0) continue;
          const range = document.createRange();
          range.setStart(node, index + from);
          range.setEnd(node, index + from + length);
          const { left, right, top, bottom } = range.getBoundingClientRect();
          return { left, right, top, bottom };
        }
        throw new Error(`"${needle}" is not in the transcript`);
      },
      { needle, from, length },
    );
  }

  /** Double-clicks a word with the real mouse (the browser selects it). */
  async doubleClickWord(word: string): Promise<SelectionOffsets> {
    const box = await this.textBox(word, 0, word.length);
    return this.selectionAfter(() => this.page.mouse.dblclick((box.left + box.right) / 2, (box.top + box.bottom) / 2));
  }

  /** Clicks (without selecting) on a phrase of the transcript. */
  async clickText(phrase: string): Promise<void> {
    const box = await this.textBox(phrase, 0, Math.min(phrase.length, 3));
    await this.page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);
  }

  /** Drags the real mouse from the first character of `from` to the last character of `to`. */
  async dragSelect(from: string, to: string): Promise<SelectionOffsets> {
    const first = await this.textBox(from, 0, 1);
    const last = await this.textBox(to, to.length - 1, 1);
    const points = [
      { x: first.left + 1, y: (first.top + first.bottom) / 2 },
      { x: last.right - 1, y: (last.top + last.bottom) / 2 },
    ];
    return this.selectionAfter(async () => {
      await this.page.mouse.move(points[0].x, points[0].y);
      await this.page.mouse.down();
      await this.page.mouse.move((points[0].x + points[1].x) / 2, (points[0].y + points[1].y) / 2, { steps: 4 });
      await this.page.mouse.move(points[1].x, points[1].y, { steps: 4 });
      await this.page.mouse.up();
    });
  }

  /** Triple-clicks a phrase with the real mouse (the browser selects its whole paragraph). */
  async tripleClickText(phrase: string): Promise<SelectionOffsets> {
    return this.selectionAfter(() => this.transcript.getByText(phrase).click({ clickCount: 3 }));
  }

  /**
   * Runs a real-mouse selection and waits until the published selection has changed, not merely exists: the
   * previous selection is still published until the app has handled the new one.
   */
  private async selectionAfter(select: () => Promise<void>): Promise<SelectionOffsets> {
    const published = async () => `${await this.selectionStatus.getAttribute('data-start')}-${await this.selectionStatus.getAttribute('data-end')}`;
    const before = await published();
    await select();
    await expect(this.selectionStatus).not.toHaveAttribute('data-start', '');
    await expect.poll(published).not.toBe(before);
    return this.selection();
  }

  async selection(): Promise<SelectionOffsets> {
    return {
      start: Number(await this.selectionStatus.getAttribute('data-start')),
      end: Number(await this.selectionStatus.getAttribute('data-end')),
    };
  }

  codeInTree(name: string): Locator {
    return this.codeTree.getByRole('treeitem', { name, exact: true });
  }

  stripe(codeName: string): Locator {
    return this.page.locator(`[data-testid="coding-stripe"][data-code-name="${codeName}"]`);
  }

  /** The code-name label beside the stripe(s) of `codeName`. */
  stripeLabel(codeName: string): Locator {
    return this.page.locator(`[data-testid="coding-stripe-label"][data-code-name="${codeName}"]`);
  }

  async applyWithPicker(query: string, shortcut: 'Control+k' | '/' = 'Control+k'): Promise<void> {
    await this.page.keyboard.press(shortcut);
    await expect(this.picker).toBeVisible();
    await this.picker.getByRole('combobox').fill(query);
    await this.picker.getByRole('combobox').press('Enter');
    await expect(this.picker).toBeHidden();
  }

  /** Opens correction mode and returns the canonical text the textarea shows. */
  async startCorrecting(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Correct transcript' }).click();
    const area = this.page.getByRole('textbox', { name: /^Corrected text of / });
    await expect(area).toBeVisible();
    return area;
  }

  async canonicalText(): Promise<string> {
    const area = await this.startCorrecting();
    const text = await area.inputValue();
    await this.page.getByRole('button', { name: 'Cancel' }).click();
    await expect(area).toBeHidden();
    return text;
  }

  /** Presses Tab until `target` has the keyboard focus (at most `presses` times). */
  async tabUntil(target: Locator, presses = 60): Promise<void> {
    for (let pressed = 0; pressed < presses; pressed += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /** True when the keyboard caret (the DOM selection's focus) lies inside the first occurrence of `phrase`. */
  async caretWithin(phrase: string): Promise<boolean> {
    return this.page.evaluate((needle) => {
      const selection = document.getSelection();
      const node = selection?.focusNode;
      if (selection === null || node === null || node === undefined || node.nodeType !== Node.TEXT_NODE) return false;
      const at = (node.textContent ?? '').indexOf(needle);
      return at >= 0 && selection.focusOffset >= at && selection.focusOffset <= at + needle.length;
    }, phrase);
  }

  /** The source offset of the keyboard caret (the DOM selection's focus in spoken text); null when it is elsewhere. */
  async caretOffset(): Promise<number | null> {
    return this.page.evaluate(() => {
      const selection = document.getSelection();
      const start = selection?.focusNode?.parentElement?.getAttribute('data-source-start');
      return selection === null || start === null || start === undefined ? null : Number(start) + selection.focusOffset;
    });
  }

  /** Presses `key` until the caret lies inside `phrase` (at most `presses` times). */
  async pressUntilCaretWithin(key: string, phrase: string, presses = 40): Promise<void> {
    for (let pressed = 0; pressed < presses; pressed += 1) {
      if (await this.caretWithin(phrase)) return;
      await this.page.keyboard.press(key);
    }
    expect(await this.caretWithin(phrase), `caret inside "${phrase}" after ${presses} × ${key}`).toBe(true);
  }

  /** The text the browser's selection covers in the page. */
  async selectedText(): Promise<string> {
    return this.page.evaluate(() => document.getSelection()?.toString() ?? '');
  }

  /**
   * Marks the last line of transcript text fully shown in the main pane (a DOM position, kept in the page) and
   * returns where it is; `lineBox` finds it again after scrolling.
   */
  async markLastVisibleLine(): Promise<{ top: number; bottom: number }> {
    return this.page.evaluate(() => {
      const pane = document.querySelector('.main-pane');
      const root = document.querySelector('.transcript');
      if (pane === null || root === null) throw new Error('no transcript');
      const paneBox = pane.getBoundingClientRect();
      const x = root.getBoundingClientRect().left + 40;
      for (let y = paneBox.bottom - 4; y > paneBox.top; y -= 4) {
        const caret = document.caretPositionFromPoint(x, y);
        if (caret === null || !root.contains(caret.offsetNode) || caret.offsetNode.nodeType !== Node.TEXT_NODE) continue;
        const range = document.createRange();
        range.setStart(caret.offsetNode, caret.offset);
        const box = range.getBoundingClientRect();
        if (box.height === 0 || box.bottom > paneBox.bottom) continue;
        (globalThis as { markedLine?: Range }).markedLine = range;
        return { top: box.top, bottom: box.bottom };
      }
      throw new Error('no line of text in view');
    });
  }

  /** Where the line marked by markLastVisibleLine is now, in viewport pixels. */
  async markedLineBox(): Promise<{ top: number; bottom: number }> {
    return this.page.evaluate(() => {
      const range = (globalThis as { markedLine?: Range }).markedLine;
      if (range === undefined) throw new Error('no marked line');
      const { top, bottom } = range.getBoundingClientRect();
      return { top, bottom };
    });
  }

  /** The bottom edge of the sticky coding bar, in viewport pixels. */
  async codingBarBottom(): Promise<number> {
    return this.page.getByRole('toolbar', { name: 'Coding', exact: true }).evaluate((bar) => bar.getBoundingClientRect().bottom);
  }

  /** The main pane's scroll position once it has stopped moving (keyboard scrolling may animate). */
  async settledScrollTop(): Promise<number> {
    const read = () => this.page.locator('.main-pane').evaluate((pane) => pane.scrollTop);
    let previous = -1;
    let current = await read();
    while (current !== previous) {
      previous = current;
      await this.page.waitForTimeout(150);
      current = await read();
    }
    return current;
  }

  /** Background colour a stripe is painted with, as the browser computes it ("rgb(r, g, b)"). */
  async stripeColor(codeName: string): Promise<string> {
    return this.stripe(codeName).first().evaluate((element) => getComputedStyle(element).backgroundColor);
  }
}

/** "#1f77b4" → "rgb(31, 119, 180)", the way getComputedStyle reports colours. */
export const hexToRgb = (hex: string): string => {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
};
