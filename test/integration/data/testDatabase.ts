// Helpers for the data-layer integration tests: a fresh Caseweave database on fake-indexeddb per test,
// and ImportedSource values made by the real importers from text written here.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { importFile } from '../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../shared/import/importTypes.ts';
import { openCaseweaveDatabase, type CaseweaveDatabase } from '../../../renderer/data/database.ts';

/** Passed to every Dexie instance in tests, so no test depends on import order or on globals. */
export const FAKE_INDEXED_DB = { indexedDB, IDBKeyRange };

const opened: CaseweaveDatabase[] = [];

export const uniqueDatabaseName = (): string => `caseweave-test-${crypto.randomUUID()}`;

/**
 * A clock that moves one second forward at every reading, from 2024-05-06T08:00:00Z: rows written one after the
 * other get distinct, ordered times without the test sleeping.
 */
export const steppingClock = (start = Date.UTC(2024, 4, 6, 8)): (() => string) => {
  let next = start;
  return () => {
    const at = new Date(next).toISOString();
    next += 1000;
    return at;
  };
};

/** A new database on fake-indexeddb; pass a clock (steppingClock) when the test depends on write times. */
export const freshDatabase = (clock?: () => string): CaseweaveDatabase => {
  const db = openCaseweaveDatabase(uniqueDatabaseName(), FAKE_INDEXED_DB, clock);
  opened.push(db);
  return db;
};

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Runs the real importer on a text file written by the test. */
export const importText = async (fileName: string, content: string): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes: new TextEncoder().encode(content) });
  if (!outcome.ok) throw new Error(`test fixture ${fileName} was refused: ${outcome.failure.message}`);
  return outcome.source;
};

export const interviewText = (speaker: string, topic: string): string =>
  [
    'Date: 2024-05-06',
    '',
    `Interviewer: Could you tell me about ${topic}?`,
    '',
    `${speaker}: We began with a few drums for a trader, then more came.`,
    '',
    'Interviewer: And later?',
    '',
    `${speaker}: Later the buyers asked for ${topic} and we learned it.`,
    '',
  ].join('\n');
