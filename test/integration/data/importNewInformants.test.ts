// Informants made from detected speakers during an import review are created with the first file that links them,
// in that file's transaction: a file that fails takes its new informants with it, and nothing is created for a
// speaker no stored file links.
import { describe, expect, it } from 'vitest';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { listInformants } from '../../../renderer/data/informants.ts';
import { getSource, type SourceImportMeta } from '../../../renderer/data/sources.ts';
import { storeImportBatch, type PendingInformant } from '../../../renderer/data/importBatch.ts';

const meta = (title: string, links: Record<string, string> = {}): SourceImportMeta =>
  ({ kind: 'interview', title, informantIds: [], date: null, language: 'en', speakerLinks: links });

describe('storeImportBatch with informants made from speakers', () => {
  it('creates a new informant once, with the first file that links it, and links it in every file', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const hadi: PendingInformant = { id: 'new-hadi', pseudonym: 'Pak Hadi', role: '' };
    const unused: PendingInformant = { id: 'new-nobody', pseudonym: 'Nobody', role: '' };
    const result = await storeImportBatch(db, project.id, [
      { imported: await importText('one.txt', interviewText('Pak Hadi', 'exporters')), meta: meta('One', { 'Pak Hadi': hadi.id }) },
      { imported: await importText('two.txt', interviewText('Pak Hadi', 'wood')), meta: meta('Two', { 'Pak Hadi': hadi.id }) },
    ], { newInformants: [hadi, unused] });

    expect(result.failed).toEqual([]);
    const informants = await listInformants(db, project.id);
    expect(informants.map((informant) => [informant.id, informant.pseudonym])).toEqual([['new-hadi', 'Pak Hadi']]);
    for (const stored of result.stored) {
      expect(await getSource(db, stored.id)).toMatchObject({ speakerLinks: { 'Pak Hadi': 'new-hadi' }, informantIds: ['new-hadi'] });
    }
  });

  it('a file that fails takes its new informant with it; the next file that links it creates it', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const hadi: PendingInformant = { id: 'new-hadi', pseudonym: 'Pak Hadi', role: 'owner' };
    const first = await importText('one.txt', interviewText('Pak Hadi', 'exporters'));
    db.sourceTexts.hook('creating', (_key, row) => {
      if (row.text === first.text) throw new Error('disk full');
    });
    const result = await storeImportBatch(db, project.id, [
      { imported: first, meta: meta('One', { 'Pak Hadi': hadi.id }) },
      { imported: await importText('two.txt', interviewText('Pak Hadi', 'wood')), meta: meta('Two', { 'Pak Hadi': hadi.id }) },
    ], { newInformants: [hadi] });

    expect(result.failed.map((failure) => failure.fileName)).toEqual(['one.txt']);
    expect(result.stored.map((source) => source.originalFileName)).toEqual(['two.txt']);
    expect((await listInformants(db, project.id)).map((informant) => [informant.pseudonym, informant.role])).toEqual([['Pak Hadi', 'owner']]);
  });

  it('refuses a new informant whose pseudonym the project already has, naming the file', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    await storeImportBatch(db, project.id, [
      { imported: await importText('one.txt', interviewText('Pak Hadi', 'exporters')), meta: meta('One', { 'Pak Hadi': 'a' }) },
    ], { newInformants: [{ id: 'a', pseudonym: 'Pak Hadi', role: '' }] });
    const result = await storeImportBatch(db, project.id, [
      { imported: await importText('two.txt', interviewText('Pak Hadi', 'wood')), meta: meta('Two', { 'Pak Hadi': 'b' }) },
    ], { newInformants: [{ id: 'b', pseudonym: 'pak hadi', role: '' }] });
    expect(result.failed).toEqual([{ fileName: 'two.txt', message: expect.stringMatching(/^two\.txt: .*already has an informant called “pak hadi”/) }]);
  });
});
