// Coding a 100k-word transcript: stripes are measured only near the screen, coding updates only the overlay (the
// editor is not rebuilt), and a route with a range scrolls to it and flashes it. Timings are logged, not asserted
// (DESIGN.md keeps timings in benchmarks).
import { expect, test } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { buildLongTranscript } from './support/longTranscript.ts';


test('coding a 100k-word transcript touches only the overlay; a route scrolls to a range and flashes it', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.chooseFiles([{ name: 'long-coding.txt', mimeType: 'text/plain', buffer: Buffer.from(buildLongTranscript(100_000), 'utf8') }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await dialog.confirm(1);
  await dialog.close();
  const started = Date.now();
  await new SourcesPage(page).open('Long coding');
  const view = new TranscriptPage(page);
  await expect(view.transcript).toContainText('Turn 826.');
  const openMs = Date.now() - started;

  // Code a selection at the top, then one near the end (scrolled into view), each with the picker.
  await view.selectText('Turn 2.');
  await view.applyWithPicker('exporters');
  await expect(view.stripe('Exporters and intermediaries')).toHaveCount(1);

  // Coding must not rebuild the editor: the spoken-text element at the top stays the same DOM node.
  await page.evaluate(() => {
    (globalThis as { keptNode?: Element | null }).keptNode = document.querySelector('.transcript [data-source-start]');
  });
  await page.evaluate(() => document.querySelector('.transcript p:nth-last-child(3)')?.scrollIntoView({ block: 'center' }));
  await view.selectText('Turn 824.');
  await page.keyboard.press('Control+k');
  await view.picker.getByRole('combobox').fill('training');
  const applyMs = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('.coding-picker-input');
    const gutter = document.querySelector('.coding-gutter');
    const t0 = performance.now();
    // The stripe's insertion into the DOM marks the moment the UI shows the new coding.
    const shown = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-code-name="Training"]') === null) return;
        observer.disconnect();
        resolve(performance.now() - t0);
      });
      if (gutter !== null) observer.observe(gutter, { childList: true });
      setTimeout(() => resolve(performance.now() - t0), 5000);
    });
    input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    return shown;
  });
  await expect(view.stripe('Training')).toHaveAttribute('data-coded-text', 'Turn 824.');
  expect(await page.evaluate(() => (globalThis as { keptNode?: Element | null }).keptNode === document.querySelector('.transcript [data-source-start]'))).toBe(true);
  // Far from the top, the top coding's stripe is not measured or rendered.
  await expect(view.stripe('Exporters and intermediaries')).toHaveCount(0);
  await app.screenshot('37-large-source-coded');

  // A route with a range: the transcript scrolls to it and flashes it.
  const text = await view.canonicalText();
  const start = text.indexOf('Turn 400.');
  const sourceId = page.url().split('#/source/')[1]?.split('/')[0] ?? '';
  await page.evaluate(([id, from, to]) => {
    globalThis.location.hash = `#/source/${id}/${from}-${to}`;
  }, [sourceId, String(start), String(start + 'Turn 400.'.length)]);
  await expect(page.locator('.transcript-frame')).toHaveAttribute('data-highlight', `${start}-${start + 9}`);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('cw-flash'))).toBe(true);
  const inView = await page.evaluate(() => {
    const root = document.querySelector('.transcript');
    const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (!(node instanceof Text)) continue;
      const index = node.data.indexOf('Turn 400.');
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 9);
      const box = range.getBoundingClientRect();
      return box.top > 0 && box.bottom < globalThis.innerHeight;
    }
    return false;
  });
  expect(inView).toBe(true);
  await app.screenshot('38-route-highlight');
  console.log(JSON.stringify({ open100kWordsMs: openMs, applyCodeMs: Math.round(applyMs) }));
});
