// Page model of kept originals: the open project's setting in Settings (reached by keyboard), what it says is kept,
// the question when it is turned off, and a source's kept original in its details.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class KeptOriginalsPage {
  readonly page: Page;
  readonly setting: Locator;
  readonly kept: Locator;
  readonly turnOffDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.setting = page.getByRole('checkbox', { name: 'Keep imported files in the project file' });
    this.kept = page.getByTestId('originals-kept');
    this.turnOffDialog = page.getByRole('dialog', { name: 'Stop keeping imported files?' });
  }

  /** Tabs from wherever the focus is until the setting has it (it must be in the keyboard's reach). */
  async tabToSetting(): Promise<void> {
    for (let step = 0; step < 80; step += 1) {
      if (await this.setting.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error('Tab never reached the keep-originals setting');
  }

  /** Turns the setting on or off with the space bar. */
  async toggleByKeyboard(): Promise<void> {
    await this.tabToSetting();
    await this.page.keyboard.press('Space');
  }

  /** The line of a source's details about its kept original. */
  inDetails(details: Locator): Locator {
    return details.getByTestId('kept-original');
  }

  async expectKept(text: string | RegExp): Promise<void> {
    await expect(this.kept).toHaveText(text);
  }
}
