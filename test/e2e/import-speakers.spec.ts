// The import review makes an informant from a detected speaker: created with the import, linked to that speaker in
// every file of the batch where it speaks.
import { expect, test } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const interview = (topic: string): string =>
  ['Interviewer: How did the drums reach buyers abroad?', '', `Pak Hadi: Through a trader, and later through ${topic}.`, '',
    'Interviewer: And now?', '', 'Pak Hadi: Now they write to us themselves.', ''].join('\n');

test('make an informant from a detected speaker in the import review', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Sources');
  await app.chooseFiles([
    { name: 'hadi-march.txt', mimeType: 'text/plain', buffer: Buffer.from(interview('the art shops'), 'utf8') },
    { name: 'hadi-april.txt', mimeType: 'text/plain', buffer: Buffer.from(interview('a festival'), 'utf8') },
  ]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await expect(dialog.speakerLink('Pak Hadi', 'hadi-april.txt')).toHaveValue('');

  await dialog.newInformantFromSpeaker('Pak Hadi', 'hadi-march.txt');
  for (const file of ['hadi-march.txt', 'hadi-april.txt']) {
    await expect(dialog.speakerLink('Pak Hadi', file).locator('option:checked')).toHaveText('Pak Hadi (new)');
  }
  // The interviewer stays unlinked, with its own offer.
  await expect(dialog.speakerLink('Interviewer', 'hadi-march.txt')).toHaveValue('');
  await app.screenshot('80-import-review-informant-from-speaker');

  await dialog.confirm(2);
  await dialog.close();
  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  await expect(informants.row('Pak Hadi')).toContainText('2 sources');

  await app.goTo('Sources');
  const view = await new SourcesPage(page).open('Hadi april');
  await expect(view.speakerLink('Pak Hadi').locator('option:checked')).toHaveText('Pak Hadi');
});
