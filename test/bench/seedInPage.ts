// Writes the generated project straight into the app's IndexedDB from inside the page (raw IndexedDB API, the
// object store names of renderer/data/schemaHistory.ts), so the bench needs no hook in the app: the project row
// before the import, then codes, codings and memos after it; the caller reloads so the app loads them.
// The functions handed to page.evaluate are self-contained (they run in the browser, not in Node).
import type { Page } from '@playwright/test';
import { DEFAULT_DATABASE_NAME } from '../../renderer/data/database.ts';
import type { Code, Memo, Project } from '../../shared/model/index.ts';
import { BENCH_CODERS, type PlannedCoding, type PlannedMemo } from './generateAnalysis.ts';

export type SeedCounts = { codes: number; codings: number; memos: number; unmatchedSources: number };

/**
 * Puts the project row and makes it the one the app opens next (appState.lastProjectId); puts the coders the
 * generated codings and memos point at, the first as the installation's current coder (appState.currentCoderId),
 * so the app shows their names.
 */
export const seedProject = async (page: Page, project: Project): Promise<void> => {
  await page.evaluate(
    async ({ databaseName, row, coders }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['projects', 'coders', 'appState'], 'readwrite');
        transaction.objectStore('projects').put(row);
        for (const coder of coders) transaction.objectStore('coders').put(coder);
        transaction.objectStore('appState').put({ key: 'lastProjectId', value: row.id });
        transaction.objectStore('appState').put({ key: 'currentCoderId', value: coders[0].id });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { databaseName: DEFAULT_DATABASE_NAME, row: project, coders: [...BENCH_CODERS] },
  );
};

type SeedInput = { databaseName: string; projectId: string; codes: Code[]; codings: PlannedCoding[]; memos: PlannedMemo[] };

/** Resolves each coding's and source memo's file SHA-256 to the id the import gave that source, then writes all rows. */
export const seedAnalysisLayer = async (
  page: Page, projectId: string, codes: Code[], codings: PlannedCoding[], memos: PlannedMemo[],
): Promise<SeedCounts> =>
  page.evaluate(
    async (input: SeedInput) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(input.databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const sources = await new Promise<{ id: string; sha256: string }[]>((resolve, reject) => {
        const request = db.transaction('sources').objectStore('sources').index('projectId').getAll(input.projectId);
        request.onsuccess = () => resolve(request.result as { id: string; sha256: string }[]);
        request.onerror = () => reject(request.error);
      });
      const idBySha = new Map(sources.map((source) => [source.sha256, source.id]));
      let unmatched = 0;
      const codingRows: Record<string, unknown>[] = [];
      for (const { sourceSha, ...coding } of input.codings) {
        const sourceId = idBySha.get(sourceSha);
        if (sourceId === undefined) unmatched += 1;
        else codingRows.push({ ...coding, sourceId });
      }
      const memoRows: Memo[] = [];
      for (const { sourceSha, ...memo } of input.memos) {
        if (sourceSha === undefined) {
          memoRows.push(memo);
          continue;
        }
        const sourceId = idBySha.get(sourceSha);
        if (sourceId !== undefined) memoRows.push({ ...memo, target: { kind: 'source', id: sourceId }, targetKey: `source:${sourceId}` });
      }
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['codes', 'codings', 'memos'], 'readwrite');
        for (const code of input.codes) transaction.objectStore('codes').put(code);
        for (const coding of codingRows) transaction.objectStore('codings').put(coding);
        for (const memo of memoRows) transaction.objectStore('memos').put(memo);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      return { codes: input.codes.length, codings: codingRows.length, memos: memoRows.length, unmatchedSources: unmatched };
    },
    { databaseName: DEFAULT_DATABASE_NAME, projectId, codes, codings, memos },
  );

/** Ids the import gave to sources, by file SHA-256 (read back from IndexedDB). */
export const sourceIdsBySha = async (page: Page, projectId: string): Promise<Map<string, string>> => {
  const pairs = await page.evaluate(
    async ({ databaseName, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<{ id: string; sha256: string }[]>((resolve, reject) => {
        const request = db.transaction('sources').objectStore('sources').index('projectId').getAll(id);
        request.onsuccess = () => resolve(request.result as { id: string; sha256: string }[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows.map((row): [string, string] => [row.sha256, row.id]);
    },
    { databaseName: DEFAULT_DATABASE_NAME, id: projectId },
  );
  return new Map(pairs);
};

/** Fallback when the UI import could not run: the same source and text rows written directly (ids from `newIds`). */
export const seedSourcesDirectly = async (
  page: Page, projectId: string, sources: readonly { fileName: string; sha256: string; text: string; turns: unknown[]; byteSize: number; words: number }[],
  newIds: readonly string[],
): Promise<number> => {
  const at = new Date().toISOString();
  const rows = sources.map((source, index) => ({
    row: {
      id: newIds[index], projectId, kind: 'interview', title: source.fileName.replace(/\.txt$/, '').replace(/-/g, ' '), informantIds: [],
      speakerLinks: {}, date: null, language: 'en', format: 'txt', originalFileName: source.fileName, sha256: source.sha256,
      byteSize: source.byteSize, turns: source.turns, importedAt: at, updatedAt: at, wordCount: source.words,
    },
    text: { sourceId: newIds[index], projectId, text: source.text },
  }));
  return page.evaluate(
    async ({ databaseName, entries }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['sources', 'sourceTexts'], 'readwrite');
        for (const entry of entries) {
          transaction.objectStore('sources').put(entry.row);
          transaction.objectStore('sourceTexts').put(entry.text);
        }
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      return entries.length;
    },
    { databaseName: DEFAULT_DATABASE_NAME, entries: rows },
  );
};
