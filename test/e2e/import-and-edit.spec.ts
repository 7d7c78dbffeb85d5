// The core round trip: create a project, import a batch with one bad file, rename a speaker, edit an informant's
// role, reload, and find everything still there. Also imports by drag-and-drop and flags a re-imported duplicate.
import { expect, test } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { makeDocx } from '../support/makeDocx.ts';

const TRANSCRIPT = [
  'Interview with a craftsman, Sentul',
  '',
  'INT: When did you start carving drums?',
  '',
  'R1: When I was fifteen. My uncle had a workshop near the river.',
  '',
  'INT: Who buys the drums you make now?',
  '',
  'R1: Mostly a trader from Bali. Sometimes a visitor from Japan orders directly.',
  '',
].join('\n');

// Bold speaker labels, as Word transcripts usually have them.
const labelled = (label: string, text: string) => ({ runs: [{ text: `${label}:`, bold: true }, { text: ` ${text}` }] });
const docx = makeDocx({
  body: [
    'Meeting notes from the association office',
    labelled('Chair', 'We agreed to share one export container between five workshops.'),
    labelled('Treasurer', 'The container costs are split by the number of drums.'),
    labelled('Chair', 'Next meeting in August, after the exhibition.'),
  ],
});

test('import a batch with a broken file, rename a speaker, edit a role, reload: everything is still there', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Projects');
  const projects = new ProjectsPage(page);
  await projects.create('Fieldwork 2025');
  await app.goTo('Sources');
  await expect(page.getByText('This project has no sources yet.')).toBeVisible();

  await app.chooseFiles([
    { name: 'craftsman-interview.txt', mimeType: 'text/plain', buffer: Buffer.from(TRANSCRIPT, 'utf8') },
    { name: 'association-meeting.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) },
    { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('This is plain text pretending to be a PDF.', 'utf8') },
  ]);

  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  expect(workers.some((url) => url.includes('importParseWorker'))).toBe(true);
  await expect(dialog.reviewTable.locator('tbody tr')).toHaveCount(2);
  await expect(dialog.kindSelect('craftsman-interview.txt')).toHaveValue('interview');
  await expect(dialog.failures).toContainText('broken.pdf');
  await expect(dialog.failures).toContainText('not really a PDF');
  await dialog.kindSelect('association-meeting.docx').selectOption('document');
  await dialog.titleInput('association-meeting.docx').fill('Association meeting, June');
  await app.screenshot('10-import-review');
  await dialog.confirm(2);

  await expect(dialog.resultRow('craftsman-interview.txt')).toContainText('Imported');
  await expect(dialog.resultRow('association-meeting.docx')).toContainText('Imported');
  await expect(dialog.resultRow('broken.pdf')).toContainText('Failed');
  await expect(dialog.resultRow('broken.pdf')).toContainText('broken.pdf: this is not really a PDF');
  await app.screenshot('11-import-results');
  await dialog.close();

  const sources = new SourcesPage(page);
  await expect(sources.table.locator('tbody tr')).toHaveCount(2);
  await expect(sources.table).toContainText('Association meeting, June');

  // Speakers: rename R1 across the source, then link it to a new informant.
  let view = await sources.open('Craftsman interview');
  await expect(view.speakerChips()).toHaveText(['INT', 'R1', 'INT', 'R1']);
  await view.renameSpeaker('R1', 'Made');
  await expect(view.speakerChips()).toHaveText(['INT', 'Made', 'INT', 'Made']);
  await app.screenshot('12-speaker-renamed');

  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  await informants.addInformant('Made', 'craftsman');
  await informants.editCell('Role of Made', 'owner');
  await expect(informants.cell('Role of Made')).toHaveText('owner');
  // Escape cancels an edit.
  await informants.editCell('Role of Made', 'something else', 'Escape');
  await expect(informants.cell('Role of Made')).toHaveText('owner');
  await informants.addAttribute('village', 'text');
  await informants.editCell('village of Made', 'Sentul');
  await app.screenshot('13-informant-edited');

  await app.goTo('Sources');
  view = await sources.open('Craftsman interview');
  await view.linkSpeaker('Made', 'Made (owner)');
  await expect(view.details).toContainText('Made');

  await page.reload();
  await expect(app.activeProjectName).toHaveText('Fieldwork 2025');
  view = new (await import('./pages/SourcesPage.ts')).SourceViewPage(page);
  await expect(view.heading).toHaveText('Craftsman interview');
  await expect(view.speakerChips()).toHaveText(['INT', 'Made', 'INT', 'Made']);
  await expect(page.getByLabel('Informant for speaker Made', { exact: true })).toHaveValue(/.+/);
  await app.goTo('Informants');
  await expect(informants.cell('Role of Made')).toHaveText('owner');
  await expect(informants.cell('village of Made')).toHaveText('Sentul');
  await expect(informants.row('Made')).toContainText('1 source');
  await app.goTo('Sources');
  await expect(sources.table.locator('tbody tr')).toHaveCount(2);
  await app.screenshot('14-after-reload');
});

test('drag-and-drop imports a file, and dropping it again is flagged as a duplicate', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const file = {
    name: 'follow-up-harjo.txt',
    mimeType: 'text/plain',
    text: 'Interviewer: Did the samples reach Japan?\n\nHarjo: Yes, in May.\n\nInterviewer: And the reply?\n\nHarjo: They want forty drums.\n',
  };

  await app.dropFiles([file]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  // The speaker "Harjo" matches the informant's pseudonym, so the informant is pre-filled.
  await expect(dialog.dialog.getByLabel('Informants of follow-up-harjo.txt')).toHaveText('Harjo');
  await dialog.confirm(1);
  await expect(dialog.resultRow('follow-up-harjo.txt')).toContainText('Imported');
  await dialog.close();
  const sources = new SourcesPage(page);
  await expect(sources.table.locator('tbody tr')).toHaveCount(6);
  await sources.informantFilter.selectOption({ label: 'Harjo' });
  await expect(sources.table).toContainText('follow-up-harjo.txt');

  await app.dropFiles([file]);
  await dialog.expectReview();
  await expect(dialog.reviewRow('follow-up-harjo.txt')).toContainText('Duplicate of “Follow up harjo”');
  await expect(dialog.dialog.getByLabel('Import follow-up-harjo.txt')).not.toBeChecked();
  await app.screenshot('15-duplicate-flagged');
  await dialog.dialog.getByRole('button', { name: 'Cancel' }).click();
  // Still only Harjo's three sources: the duplicate was not imported.
  await expect(sources.table.locator('tbody tr')).toHaveCount(3);
});
