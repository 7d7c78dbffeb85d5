// Reading and coding a transcript from the keyboard (issue 7, item 4) and the sticky coding bar that must not hide
// the text it sits over (item 9): paging down keeps the last line read in view below the bar.
import { expect, test } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { buildLongTranscript } from './support/longTranscript.ts';

test.describe('a laptop-sized window', () => {
  test.use({ viewport: { width: 1280, height: 700 } });

  test('paging down a long transcript keeps the last line read in view below the sticky coding bar', async ({ page }) => {
    const app = new WorkbenchPage(page);
    await app.open();
    await app.chooseFiles([{ name: 'paging-interview.txt', mimeType: 'text/plain', buffer: Buffer.from(buildLongTranscript(4000), 'utf8') }]);
    const dialog = new ImportDialogPage(page);
    await dialog.expectReview();
    await dialog.confirm(1);
    await dialog.close();
    await new SourcesPage(page).open('paging interview');
    const view = new TranscriptPage(page);
    await expect(view.transcript).toContainText('Turn 3.');

    await view.transcript.focus();
    for (let page_ = 0; page_ < 3; page_ += 1) {
      const before = await view.settledScrollTop();
      const lastRead = await view.markLastVisibleLine();
      await page.keyboard.press('PageDown');
      expect(await view.settledScrollTop()).toBeGreaterThan(before);
      const now = await view.markedLineBox();
      // The line moved up by the page, and is neither under the bar nor gone above it.
      expect(now.top).toBeLessThan(lastRead.top);
      expect(now.top).toBeGreaterThanOrEqual(await view.codingBarBottom());
    }
  });
});
