// Shared setup of the coding tests: a project with the default template's codes and two imported interviews,
// a loaded CodingStore, and helpers that compare the store's memory with the database row by row.
import { expect } from 'vitest';
import { buildCodeTree, countCodingsByCode } from '../../../shared/codebook/index.ts';
import type { Code, Coding, Id, Memo } from '../../../shared/model/index.ts';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/templates/index.ts';
import { CodingStore } from '../../../renderer/data/codingStore.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { storeImportedSource } from '../../../renderer/data/sources.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';

export type CodingFixture = {
  db: CaseweaveDatabase;
  projectId: Id;
  store: CodingStore;
  undo: UndoManager;
  sourceIds: [Id, Id];
  texts: [string, string];
  codeByName: (name: string) => Code;
};

export const setUpCoding = async (): Promise<CodingFixture> => {
  const db = freshDatabase();
  const project = await createProject(db, { name: 'Coding test', templateId: DEFAULT_TEMPLATE_ID });
  const owner = await createInformant(db, project.id, { pseudonym: 'Harjo', role: 'owner' });
  const rina = await createInformant(db, project.id, { pseudonym: 'Rina', role: 'diaspora actor' });
  const first = await storeImportedSource(db, project.id, await importText('harjo.txt', interviewText('Harjo', 'dry wood')), {
    kind: 'interview', title: 'Harjo', informantIds: [owner.id], date: null, language: 'en', speakerLinks: { Harjo: owner.id },
  });
  const second = await storeImportedSource(db, project.id, await importText('rina.txt', interviewText('Rina', 'painted drums')), {
    kind: 'document', title: 'Rina', informantIds: [rina.id], date: null, language: 'en', speakerLinks: { Rina: rina.id },
  });
  const undo = new UndoManager();
  const store = await CodingStore.load(db, project.id, undo);
  const codeByName = (name: string): Code => {
    const code = store.getSnapshot().codes.find((candidate) => candidate.name === name);
    if (code === undefined) throw new Error(`no code ${name}`);
    return code;
  };
  return { db, projectId: project.id, store, undo, sourceIds: [first.id, second.id], texts: [first.text, second.text], codeByName };
};

const byId = <T extends { id: Id }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

export type StoredState = { codes: Code[]; codings: Coding[]; memos: Memo[] };

/** Codes, codings and memos of the project as stored, sorted by id. */
export const storedState = async (db: CaseweaveDatabase, projectId: Id): Promise<StoredState> => ({
  codes: byId(await db.codes.where('projectId').equals(projectId).toArray()),
  codings: byId(await db.codings.where('projectId').equals(projectId).toArray()),
  memos: byId(await db.memos.where('projectId').equals(projectId).toArray()),
});

/** Memory equals the database, a fresh store loaded from the database agrees, and per-source lists are right. */
export const expectStoreMatchesDatabase = async (fixture: CodingFixture): Promise<StoredState> => {
  const { db, projectId, store } = fixture;
  const stored = await storedState(db, projectId);
  const memory = store.getSnapshot();
  expect(byId(memory.codes)).toEqual(stored.codes);
  expect(byId(memory.codings)).toEqual(stored.codings);
  // The counts kept incrementally through every change equal a recount, and so does the shared code tree.
  expect(new Map([...store.getCodingCounts()].sort())).toEqual(new Map([...countCodingsByCode(stored.codings)].sort()));
  expect(store.getCodeTree()).toEqual(buildCodeTree(memory.codes, stored.codings));
  const reopened = await CodingStore.load(db, projectId);
  expect(byId(reopened.getSnapshot().codes)).toEqual(stored.codes);
  expect(byId(reopened.getSnapshot().codings)).toEqual(stored.codings);
  for (const sourceId of fixture.sourceIds) {
    const expected = stored.codings.filter((coding) => coding.sourceId === sourceId).sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    expect(store.codingsOfSource(sourceId)).toEqual(expected);
    expect(reopened.codingsOfSource(sourceId)).toEqual(expected);
  }
  reopened.dispose();
  return stored;
};

/** Offsets of a phrase in a text; fails the test when it is missing. */
export const rangeOf = (text: string, phrase: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(phrase, from);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  return { start, end: start + phrase.length };
};
