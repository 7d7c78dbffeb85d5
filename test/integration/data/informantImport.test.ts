// Importing informants from a spreadsheet on real Dexie: the whole import is one commit (one audit event, one undo
// step), new informants get typed attributes and their roles join the presets, existing ones are updated, and the
// attribute columns are declared on the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './testDatabase.ts';
import { createProject, getProject } from '../../../renderer/data/projects.ts';
import { createInformant, listInformants } from '../../../renderer/data/informants.ts';
import { importInformants } from '../../../renderer/data/informantImport.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { readCsvTable } from '../../../shared/import/csvTable.ts';
import { guessColumnUses, readInformantRows, type ColumnUse } from '../../../shared/import/informantRows.ts';
import { ACCEPTANCE_FIXTURES } from '../../support/acceptanceFixtures.ts';

const fixtureRows = (existing: Parameters<typeof readInformantRows>[2]) => {
  const table = readCsvTable('informants.csv', new Uint8Array(readFileSync(join(ACCEPTANCE_FIXTURES, 'informants.csv'))));
  const uses: ColumnUse[] = guessColumnUses(table).map((use, index) => (index < 2 ? { kind: 'ignore' } : use));
  return { uses, rows: readInformantRows(table, uses, existing) };
};

describe('importInformants', () => {
  it('imports the fixture in one commit and one undo step, updating the informant the project had', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const dewi = await createInformant(db, project.id, { pseudonym: 'Dewi', role: '', attributes: { cohort: { type: 'number', value: 2 } } });
    const eventsBefore = (await listAuditEvents(db, project.id)).length;
    const { uses, rows } = fixtureRows(await listInformants(db, project.id));
    const undo = new UndoManager();

    const outcome = await importInformants(db, project.id, { fileName: 'informants.csv', uses, rows }, undo);
    expect(outcome).toEqual({ created: 7, updated: 1 });
    const informants = await listInformants(db, project.id);
    expect(informants).toHaveLength(8);
    const ratna = informants.find((informant) => informant.pseudonym === 'Bu Ratna');
    expect(ratna).toMatchObject({ role: 'association representative', attributes: { date: { type: 'date', value: '2024-03-18' }, source_type: { type: 'text', value: 'interview' } } });
    expect(informants.find((informant) => informant.id === dewi.id)).toMatchObject({
      pseudonym: 'Dewi', role: 'diaspora actor', attributes: { cohort: { type: 'number', value: 2 }, language: { type: 'text', value: 'id' } },
    });
    const settings = (await getProject(db, project.id))?.settings;
    expect(settings?.rolePresets).toEqual(expect.arrayContaining(['owner', 'craftsman', 'distributor', 'researcher', 'diaspora actor']));
    expect(settings?.attributeDefinitions?.map((column) => `${column.name}:${column.type}`)).toEqual(
      ['source_type:text', 'language:text', 'date:date', 'location:text'],
    );
    const events = (await listAuditEvents(db, project.id)).slice(eventsBefore);
    expect(events.map((event) => [event.action, event.detail])).toEqual([['import-informants', 'informants.csv: 7 new, 1 updated']]);
    expect(undo.undoLabel).toBe('Import informants from informants.csv');

    await undo.undo();
    expect(await listInformants(db, project.id)).toEqual([dewi]);
    expect((await getProject(db, project.id))?.settings.attributeDefinitions ?? []).toEqual([]);
  });

  it('writes nothing when a new pseudonym was taken meanwhile', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const { uses, rows } = fixtureRows([]);
    await createInformant(db, project.id, { pseudonym: 'mas yoga', role: '' });
    await expect(importInformants(db, project.id, { fileName: 'informants.csv', uses, rows })).rejects.toMatchObject({ key: 'data.error.informantPseudonymTaken' });
    expect((await listInformants(db, project.id)).map((informant) => informant.pseudonym)).toEqual(['mas yoga']);
  });
});
