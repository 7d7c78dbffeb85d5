// Word comments of an imported file as memos, on real Dexie: stored with the source in one commit, anchored to the
// commented words with author and date, moved with those words by a transcript correction (undo puts them back),
// kept on the source without a range when their words are deleted, saved by the editor without losing the anchor,
// and carried by a project file (write, read, load elsewhere) with the range and the origin.
import { describe, expect, it } from 'vitest';
import type { ImportedSource } from '../../../shared/import/importTypes.ts';
import { memoRangeOf, memoTargetKey, type Memo } from '../../../shared/model/index.ts';
import { readProjectFile, writeProjectFile } from '../../../shared/projectFile/index.ts';
import { correctSource } from '../../../renderer/data/corrections.ts';
import { readCurrentCoder } from '../../../renderer/data/coders.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { saveMemo } from '../../../renderer/data/memos.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { loadProjectSnapshot, readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { getSource, storeImportedSource } from '../../../renderer/data/sources.ts';
import { storeImportBatch } from '../../../renderer/data/importBatch.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { freshDatabase, importText } from './testDatabase.ts';

const TEXT = 'Interviewer: How did you start exporting?\nHarjo: A trader from Bali took twenty drums to Osaka.\n';

const at = (text: string, phrase: string): { start: number; end: number } => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
};

/** A real plain-text import of TEXT, given the comments a DOCX would carry (the DOCX parser's contract). */
const importedWithComments = async (): Promise<ImportedSource> => {
  const plain = await importText('harjo.txt', TEXT);
  return {
    ...plain,
    format: 'docx',
    comments: [
      { ...at(plain.text, 'A trader from Bali'), author: 'Dewi Lestari', date: '2024-03-05T10:15:00Z', text: 'Check which trader: the association keeps a list of them' },
      { ...at(plain.text, 'twenty drums'), author: null, date: null, text: '' },
      // A comment on an insertion point: the memo is kept, on the whole source.
      { start: 5, end: 5, author: 'Dewi Lestari', date: '2024-03-06T09:00:00Z', text: 'Whole interview recorded at the workshop' },
    ],
  };
};

const meta = { kind: 'interview' as const, title: 'Harjo', informantIds: [], date: null, language: 'en' };

const memosOf = async (db: ReturnType<typeof freshDatabase>, projectId: string, sourceId: string): Promise<Memo[]> =>
  (await db.memos.where('[projectId+targetKey]').equals([projectId, memoTargetKey({ kind: 'source', id: sourceId })]).toArray())
    .sort((a, b) => (memoRangeOf(a)?.start ?? -1) - (memoRangeOf(b)?.start ?? -1) || a.title.localeCompare(b.title));

const quoted = (text: string, memo: Memo): string | null => {
  const range = memoRangeOf(memo);
  return range === null ? null : text.slice(range.start, range.end);
};

describe('Word comments as memos', () => {
  it('are stored with their source in one commit: anchored, titled from their words, with author and date', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Kendang' });
    const source = await storeImportedSource(db, project.id, await importedWithComments(), meta);
    const memos = await memosOf(db, project.id, source.id);
    const importer = (await readCurrentCoder(db))?.id;
    expect(memos.map((memo) => [memo.title, quoted(source.text, memo), memo.origin, memo.plainText])).toEqual([
      ['Whole interview recorded at the workshop', null, { kind: 'wordComment', author: 'Dewi Lestari', date: '2024-03-06T09:00:00Z' }, 'Whole interview recorded at the workshop'],
      ['Check which trader: the association keeps a list…', 'A trader from Bali', { kind: 'wordComment', author: 'Dewi Lestari', date: '2024-03-05T10:15:00Z' }, 'Check which trader: the association keeps a list of them'],
      ['Word comment', 'twenty drums', { kind: 'wordComment', author: null, date: null }, ''],
    ]);
    for (const memo of memos) {
      expect(memo.authorId).toBe(importer);
      expect(memo.targetKey).toBe(`source:${source.id}`);
      expect(JSON.parse(memo.content).root.type).toBe('root');
    }
    // The comments are never part of the transcript, and the import is one audit event.
    expect((await getSource(db, source.id))?.text).not.toContain('trader:');
    expect((await listAuditEvents(db, project.id)).filter((event) => event.objectId === source.id).map((event) => event.action)).toEqual(['import']);
  });

  it('a file that cannot be stored leaves none of its comments behind', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Kendang' });
    const result = await storeImportBatch(db, project.id, [{ imported: await importedWithComments(), meta: { ...meta, informantIds: ['no-such-informant'] } }]);
    expect(result.failed).toHaveLength(1);
    expect(await db.memos.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
  });

  it('move with their words through a correction, lose only the range when the words go, and undo restores them', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Kendang' });
    const source = await storeImportedSource(db, project.id, await importedWithComments(), meta);
    const undo = new UndoManager();
    const before = await memosOf(db, project.id, source.id);

    const corrected = source.text.replace('How did you', 'So, how did you').replace(' twenty drums', '');
    await correctSource(db, project.id, source.id, corrected, undo);
    const after = await memosOf(db, project.id, source.id);
    expect(after.map((memo) => [memo.title, quoted(corrected, memo)])).toEqual([
      ['Whole interview recorded at the workshop', null],
      ['Word comment', null],
      ['Check which trader: the association keeps a list…', 'A trader from Bali'],
    ]);
    expect(after.find((memo) => memo.title === 'Word comment')?.origin).toEqual({ kind: 'wordComment', author: null, date: null });

    await undo.undo();
    expect(await memosOf(db, project.id, source.id)).toEqual(before);
    await undo.redo();
    expect((await memosOf(db, project.id, source.id)).map((memo) => quoted(corrected, memo))).toEqual([null, null, 'A trader from Bali']);
  });

  it('keep their anchor and origin when the editor saves them, even with a target older than a correction', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Kendang' });
    const source = await storeImportedSource(db, project.id, await importedWithComments(), meta);
    const anchored = (await memosOf(db, project.id, source.id))[1];
    const corrected = `Recorded in Sentul. ${source.text}`;
    await correctSource(db, project.id, source.id, corrected);
    // The editor opened before the correction saves with the target it was given.
    const saved = await saveMemo(db, project.id, { id: anchored.id, target: anchored.target, title: 'Which trader?', content: anchored.content, plainText: 'edited' });
    expect(saved.title).toBe('Which trader?');
    expect(saved.origin).toEqual(anchored.origin);
    expect(quoted(corrected, saved)).toBe('A trader from Bali');
  });

  it('travel in a project file with their range and origin, and open in another database the same', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Kendang' });
    const source = await storeImportedSource(db, project.id, await importedWithComments(), meta);
    const memos = await memosOf(db, project.id, source.id);
    const bytes = await writeProjectFile(await readProjectSnapshot(db, project.id), { appVersion: '0.1.0', schemaVersion: 1, savedAt: '2024-05-06T08:00:00.000Z' });
    const reading = await readProjectFile(bytes, { fileName: 'Kendang.caseweave' });
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    const elsewhere = freshDatabase();
    await loadProjectSnapshot(elsewhere, reading.snapshot, { mode: 'new' });
    expect(await memosOf(elsewhere, project.id, source.id)).toEqual(memos);
  });
});
