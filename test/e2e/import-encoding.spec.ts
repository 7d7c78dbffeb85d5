// The import review of a Windows-1252 transcript: the assumed encoding is noted, picking another encoding re-reads
// the file and the preview changes; a false speaker label ("Participants") is un-marked and a missed lowercase one
// ("pewawancara") marked; the stored source has the turns the review showed.
import { expect, test } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const CP1252: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96 };
const windows1252 = (text: string): Buffer => Buffer.from([...text].map((char) => CP1252[char] ?? char.charCodeAt(0)));

const TRANSCRIPT = [
  'Participants: Bu Sari, pewawancara',
  'pewawancara: Berapa harga kain ini?',
  'Bu Sari: Lima € – “murah” kata pembeli.',
  'pewawancara: Dan sekarang?',
  'Bu Sari: Sekarang naik.',
  'Bu Tini: Betul.',
  'Bu Tini: Naik terus.',
].join('\n\n');
const FILE = 'WAWANCARA_bu-sari.txt';

test('review the encoding and speaker labels of a Windows-1252 transcript, then import it', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Sources');
  await app.chooseFiles([{ name: FILE, mimeType: 'text/plain', buffer: windows1252(TRANSCRIPT) }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await expect(dialog.titleInput(FILE)).toHaveValue('Wawancara bu sari');

  await expect(dialog.warnings(FILE)).toHaveText(`${FILE}: Windows-1252 (Western European), assumed: the file is not valid UTF-8.`);
  await expect(dialog.encodingSelect(FILE)).toHaveValue('windows-1252');
  await expect(dialog.textPreview(FILE)).toContainText('Lima € – “murah”');
  await app.screenshot('81-import-review-encoding-assumed');

  await dialog.encodingSelect(FILE).selectOption('utf-8');
  await expect(dialog.textPreview(FILE)).toContainText('Lima \uFFFD \uFFFD');
  await expect(dialog.reviewRow(FILE)).toContainText('Encoding (chosen):');
  await expect(dialog.warnings(FILE)).toContainText('4 characters could not be decoded');
  await dialog.encodingSelect(FILE).selectOption('windows-1252');
  await expect(dialog.textPreview(FILE)).toContainText('Lima € – “murah”');

  // Detected: Bu Sari (2 turns) and Bu Tini; "Participants" is no speaker, "pewawancara" is missed.
  const speakers = dialog.speakerList(FILE);
  await expect(speakers.locator('.speaker-chip')).toHaveText(['Bu Sari', 'Bu Tini']);
  await expect(speakers.getByRole('listitem').filter({ hasText: 'Bu Tini' })).toContainText('2 turns');
  await dialog.notASpeaker('Bu Tini', FILE).click();
  await expect(dialog.notASpeaker('Bu Tini', FILE)).toBeChecked();
  await expect(dialog.speakerLink('Bu Tini', FILE)).toHaveCount(0);
  await dialog.addSpeakerLabel('pewawancara', FILE);
  await expect(speakers.locator('.speaker-chip')).toHaveText(['pewawancara', 'Bu Sari', 'Bu Tini']);
  await expect(speakers.getByRole('listitem').filter({ hasText: 'pewawancara' })).toContainText('2 turns');
  await expect(dialog.reviewRow(FILE)).toContainText('2 speakers');
  await app.screenshot('82-import-review-speaker-labels');

  await dialog.confirm(1);
  await dialog.close();
  const view = await new SourcesPage(page).open('Wawancara bu sari');
  await expect(view.speakerChips()).toHaveText(['pewawancara', 'Bu Sari', 'pewawancara', 'Bu Sari']);
  await expect(view.transcript).toContainText('Participants: Bu Sari, pewawancara');
  await expect(view.transcript).toContainText('Bu Tini: Naik terus.');
  await expect(view.transcript).toContainText('Lima € – “murah” kata pembeli.');
  await app.screenshot('83-import-encoding-stored-turns');
});
