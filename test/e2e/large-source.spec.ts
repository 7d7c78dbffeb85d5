// A 100k-word transcript imports and opens in the read-only Lexical view; the time to first paint is logged
// (DESIGN.md keeps timings in benchmarks, so this test checks the outcome, not a number).
import { expect, test } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { buildLongTranscript } from './support/longTranscript.ts';


test('a 100k-word transcript opens with all its turns', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const text = buildLongTranscript(100_000);
  const lastTurn = Math.floor(100_000 / 121) + 1;
  await app.chooseFiles([{ name: 'long-interview.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await dialog.confirm(1);
  await dialog.close();

  const sources = new SourcesPage(page);
  const started = Date.now();
  const view = await sources.open('Long interview');
  await expect(view.transcript).toContainText(`Turn ${lastTurn}.`);
  console.log(JSON.stringify({ openLargeSourceMs: Date.now() - started, words: 100_000 }));
  await expect(view.speakers).toContainText('INT');
  await expect(view.speakerChips().first()).toHaveText('INT');
});
