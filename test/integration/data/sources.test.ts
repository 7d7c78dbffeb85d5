// Sources on real Dexie with sources made by the real importers: store, list, get, duplicates,
// metadata edits, speaker rename and linking, delete (with codings and memos) and its undo.
import { describe, expect, it } from 'vitest';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import {
  deleteSource, findSourcesBySha, getSource, linkSpeaker, listSourceSummaries, renameSpeaker,
  sourcesOfInformant, storeImportedSource, updateSourceMeta, type SourceImportMeta,
} from '../../../renderer/data/sources.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { memoTargetKey } from '../../../shared/model/index.ts';
import { combineChanges, tableChange } from '../../../shared/project/projectChange.ts';
import { commit } from '../../../renderer/data/commit.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';

const meta = (title: string, informantIds: string[] = []): SourceImportMeta =>
  ({ kind: 'interview', title, informantIds, date: '2024-05-06', language: 'en' });

const setUp = async (db: CaseweaveDatabase) => {
  const project = await createProject(db, { name: 'P' });
  const harjo = await createInformant(db, project.id, { pseudonym: 'Harjo', role: 'owner' });
  const imported = await importText('R1 interview.txt', interviewText('R1', 'dry wood'));
  const source = await storeImportedSource(db, project.id, imported, meta('Owner interview', [harjo.id]));
  return { project, harjo, imported, source };
};

describe('sources', () => {
  it('stores an imported file as a metadata row plus a text row and reads it back whole', async () => {
    const db = freshDatabase();
    const { project, harjo, imported, source } = await setUp(db);
    expect(imported.speakers).toEqual(['Interviewer', 'R1']);
    const stored = await getSource(db, source.id);
    expect(stored).toEqual(source);
    expect(stored?.text).toBe(imported.text);
    expect(stored?.turns.filter((turn) => turn.speaker === 'R1')).toHaveLength(2);
    for (const turn of stored?.turns ?? []) expect(turn.end).toBeLessThanOrEqual(imported.text.length);
    expect(Object.keys(stored ?? {})).not.toContain('wordCount');

    const [summary] = await listSourceSummaries(db, project.id);
    expect(summary).not.toHaveProperty('text');
    expect(summary.wordCount).toBe(imported.text.split(/\s+/).filter(Boolean).length);
    expect(summary.informantIds).toEqual([harjo.id]);
    expect((await db.sourceTexts.get(source.id))?.projectId).toBe(project.id);
    expect((await listAuditEvents(db, project.id)).at(-1)).toMatchObject({ action: 'import', objectId: source.id, detail: 'R1 interview.txt' });
  });

  it('lists sources by title and finds re-imports of the same bytes by SHA-256', async () => {
    const db = freshDatabase();
    const { project, imported, source } = await setUp(db);
    const other = await importText('b.txt', interviewText('Dedi', 'painted designs'));
    await storeImportedSource(db, project.id, other, meta('A craftsman'));
    expect((await listSourceSummaries(db, project.id)).map((s) => s.title)).toEqual(['A craftsman', 'Owner interview']);

    const again = await importText('copy of R1 interview.txt', interviewText('R1', 'dry wood'));
    expect(again.sha256).toBe(imported.sha256);
    expect((await findSourcesBySha(db, project.id, again.sha256)).map((s) => s.id)).toEqual([source.id]);
    expect(await findSourcesBySha(db, project.id, other.sha256.replace(/^./, '0'))).toEqual([]);
    const elsewhere = await createProject(db, { name: 'Elsewhere' });
    expect(await findSourcesBySha(db, elsewhere.id, imported.sha256)).toEqual([]);
  });

  it('updates metadata and refuses an empty title or an informant of another project', async () => {
    const db = freshDatabase();
    const { source } = await setUp(db);
    await updateSourceMeta(db, source.id, { title: ' Renamed ', kind: 'other', date: '2024-06-01', language: 'id' });
    expect(await getSource(db, source.id)).toMatchObject({ title: 'Renamed', kind: 'other', date: '2024-06-01', language: 'id' });
    await expect(updateSourceMeta(db, source.id, { title: '  ' })).rejects.toMatchObject({ key: 'data.error.sourceTitleEmpty' });
    const stranger = await createInformant(db, (await createProject(db, { name: 'Q' })).id, { pseudonym: 'X', role: '' });
    await expect(updateSourceMeta(db, source.id, { informantIds: [stranger.id] })).rejects.toMatchObject({ key: 'data.error.informantNotFound' });
  });

  it('drops the speaker link of an informant the source no longer lists, and keeps the others', async () => {
    const db = freshDatabase();
    const { project, harjo, source } = await setUp(db);
    const dedi = await createInformant(db, project.id, { pseudonym: 'Dedi', role: 'craftsman' });
    await linkSpeaker(db, source.id, 'R1', harjo.id);
    await linkSpeaker(db, source.id, 'Interviewer', dedi.id);
    await updateSourceMeta(db, source.id, { informantIds: [dedi.id] });
    expect(await getSource(db, source.id)).toMatchObject({ informantIds: [dedi.id], speakerLinks: { Interviewer: dedi.id } });
  });

  it('renames a speaker across all turns of the source and moves its informant link', async () => {
    const db = freshDatabase();
    const { harjo, source } = await setUp(db);
    await linkSpeaker(db, source.id, 'R1', harjo.id);
    await renameSpeaker(db, source.id, 'R1', ' Pak  Harjo ');
    const renamed = await getSource(db, source.id);
    expect(renamed?.turns.map((turn) => turn.speaker)).toEqual(source.turns.map((turn) => (turn.speaker === 'R1' ? 'Pak Harjo' : turn.speaker)));
    expect(renamed?.speakerLinks).toEqual({ 'Pak Harjo': harjo.id });
    expect(renamed?.text).toBe(source.text);
    await expect(renameSpeaker(db, source.id, 'R1', 'X')).rejects.toMatchObject({ key: 'data.error.speakerNotFound' });
    await expect(renameSpeaker(db, source.id, 'Pak Harjo', ' ')).rejects.toMatchObject({ key: 'data.error.speakerNameEmpty' });
  });

  it('links a speaker to an informant (adding it to the source informants) and unlinks it', async () => {
    const db = freshDatabase();
    const { project, harjo, source } = await setUp(db);
    const interviewer = await createInformant(db, project.id, { pseudonym: 'Researcher', role: 'interviewer' });
    await linkSpeaker(db, source.id, 'Interviewer', interviewer.id);
    let row = await getSource(db, source.id);
    expect(row?.speakerLinks).toEqual({ Interviewer: interviewer.id });
    expect(row?.informantIds).toEqual([harjo.id, interviewer.id]);
    expect((await sourcesOfInformant(db, interviewer.id)).map((s) => s.id)).toEqual([source.id]);
    await linkSpeaker(db, source.id, 'Interviewer', null);
    row = await getSource(db, source.id);
    expect(row?.speakerLinks).toEqual({});
    await expect(linkSpeaker(db, source.id, 'Nobody', harjo.id)).rejects.toMatchObject({ key: 'data.error.speakerNotFound' });
    await expect(linkSpeaker(db, source.id, 'R1', 'no-such-id')).rejects.toMatchObject({ key: 'data.error.informantNotFound' });
  });

  it('deletes a source with its text, codings and memos, and restores all of it', async () => {
    const db = freshDatabase();
    const { project, source } = await setUp(db);
    const at = '2024-05-06T08:00:00.000Z';
    const coding = { id: 'c1', projectId: project.id, sourceId: source.id, codeId: 'k1', start: 0, end: 5, coderId: 'me', createdAt: at };
    const memo = (id: string, target: { kind: 'source' | 'coding'; id: string }) => ({
      id, projectId: project.id, target, targetKey: memoTargetKey(target), title: id, content: '{}', plainText: id, authorId: 'me', createdAt: at, updatedAt: at,
    });
    const memos = [memo('m1', { kind: 'source', id: source.id }), memo('m2', { kind: 'coding', id: 'c1' }), memo('m3', { kind: 'source', id: 'other' })];
    await commit(db, combineChanges(tableChange('codings', [coding]), tableChange('memos', memos)), null);

    const undo = new UndoManager();
    await deleteSource(db, source.id, undo);
    expect(await getSource(db, source.id)).toBeUndefined();
    expect(await db.sourceTexts.count()).toBe(0);
    expect(await db.codings.count()).toBe(0);
    expect((await db.memos.toArray()).map((m) => m.id)).toEqual(['m3']);
    expect(await listSourceSummaries(db, project.id)).toEqual([]);

    await undo.undo();
    expect(await getSource(db, source.id)).toEqual(source);
    expect(await db.codings.get('c1')).toEqual(coding);
    expect((await db.memos.orderBy('id').toArray()).map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect((await listAuditEvents(db, project.id)).slice(-2).map((e) => e.action)).toEqual(['delete', 'undo-delete']);
  });
});
