// A two-column PDF with running headers and footers (generated with pdf-lib) imports in reading order; the review
// lists the running lines left out, and "Keep them in the text" reads the file again with them kept.
import { expect, test } from '@playwright/test';
import { makeLayoutPdf } from '../support/pdfFixtures.ts';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { ReviewRunningLinesPage } from './pages/ReviewRunningLinesPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const LEFT = 'Koperasi pertama menjual kopi arabika ke pembeli di Medan sejak 2012 dan kini mengirim sendiri ke pelabuhan.';
const RIGHT = 'Koperasi kedua masih menjual lewat pengepul, tetapi mulai mencatat harga setiap minggu di buku kas.';
const PAGE_TWO = 'Di halaman kedua, petani menceritakan musim hujan yang panjang dan panen yang terlambat dua bulan.';
const RIGHT_TWO = 'Pembeli dari Jerman tetap datang walau jumlah kopi berkurang, karena mutunya dianggap baik.';

const article = async (): Promise<Buffer> =>
  Buffer.from(
    await makeLayoutPdf(
      [
        { title: 'Ekspor Kopi Gayo', columns: [[LEFT, LEFT], [RIGHT, RIGHT]] },
        { columns: [[PAGE_TWO, PAGE_TWO], [RIGHT_TWO, RIGHT_TWO]] },
      ],
      { header: 'Laporan Lapangan Koperasi', footer: 'Halaman {page} dari {pages}' },
    ),
  );

test('a two-column PDF imports in reading order; its running lines are listed and can be kept', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.chooseFiles([{ name: 'kopi-gayo.pdf', mimeType: 'application/pdf', buffer: await article() }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  const running = new ReviewRunningLinesPage(page, 'kopi-gayo.pdf');
  await expect(running.note).toHaveText('kopi-gayo.pdf: removed 4 running header/footer lines.');
  expect(await running.removedLines()).toEqual(['Laporan Lapangan Koperasi', 'Halaman 1 dari 2', 'Halaman 2 dari 2']);
  await running.screenshot('pdf-layout-review-removed');

  await running.keepInText();
  await expect(running.note).toHaveText('3 distinct running header/footer lines stay in the text.');
  await running.screenshot('pdf-layout-review-kept');
  await dialog.confirm(1);
  await expect(dialog.resultRow('kopi-gayo.pdf')).toContainText('Imported');
  await dialog.close();

  const view = await new SourcesPage(page).open('Kopi gayo');
  const text = await view.transcript.innerText();
  const order = ['Laporan Lapangan Koperasi', 'Ekspor Kopi Gayo', LEFT, RIGHT, 'Halaman 1 dari 2', PAGE_TWO, RIGHT_TWO, 'Halaman 2 dari 2'];
  const positions = order.map((part) => text.indexOf(part));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // Never a line of the right column inside the left one.
  expect(text.lastIndexOf(LEFT)).toBeLessThan(text.indexOf(RIGHT));
  await app.screenshot('pdf-layout-source');
});
