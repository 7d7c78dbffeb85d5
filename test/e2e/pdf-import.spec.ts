// A real PDF (generated with pdf-lib) imports in the browser through pdf.js and its worker, under the app's CSP.
import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const makePdf = async (pages: string[][]): Promise<Buffer> => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, index) => page.drawText(line, { x: 60, y: 760 - index * 40, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
};

test('a PDF imports through pdf.js with its pages and speakers', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const bytes = await makePdf([
    ['Export workshop minutes', 'Chair: The buyers from Japan asked for smaller drums.', 'Secretary: We will send samples in May.'],
    ['Chair: The association pays for the shipping of the samples.', 'Secretary: Agreed by all members present.'],
  ]);
  await app.chooseFiles([{ name: 'export-minutes.pdf', mimeType: 'application/pdf', buffer: bytes }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await expect(dialog.reviewRow('export-minutes.pdf')).toBeVisible();
  await dialog.confirm(1);
  await expect(dialog.resultRow('export-minutes.pdf')).toContainText('Imported');
  await dialog.close();

  const view = await new SourcesPage(page).open('Export minutes');
  await expect(view.transcript).toContainText('The buyers from Japan asked for smaller drums.');
  await expect(view.transcript).toContainText('Agreed by all members present.');
  await expect(view.speakers).toContainText('Chair');
  await expect(view.speakers).toContainText('Secretary');
});
