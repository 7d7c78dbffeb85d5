// The conclusion page figure of issue 10 (`conclusion_page_ms`): a conclusion with 100 coded excerpts of evidence,
// written straight into the app's IndexedDB (by the installation's coder, so the project file stays sound) and read
// after a reload, opened by its route from the Conclusions list until the frame that paints all 100 quotes. Runs
// times, from the list each time.
import type { Page } from '@playwright/test';
import { DEFAULT_DATABASE_NAME } from '../../renderer/data/database.ts';
import type { Conclusion } from '../../shared/model/index.ts';
import { round, summarise } from './benchStats.ts';

const AT = '2026-01-06T00:00:00.000Z';
export const BENCH_CONCLUSION_ID = 'bench-conclusion-page';

/** Seeds the conclusion over the first `items` codings of the project as the database holds them. */
export const seedConclusion = (page: Page, projectId: string, items = 100): Promise<number> =>
  page.evaluate(
    async ({ databaseName, project, id, count, at }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const coderId = await new Promise<string>((resolve, reject) => {
        const request = db.transaction('coders').objectStore('coders').getAllKeys(undefined, 1);
        request.onsuccess = () => resolve(String((request.result as string[])[0] ?? ''));
        request.onerror = () => reject(request.error);
      });
      const codingIds = await new Promise<string[]>((resolve, reject) => {
        const request = db.transaction('codings').objectStore('codings').index('projectId').getAllKeys(project, count);
        request.onsuccess = () => resolve(request.result as string[]);
        request.onerror = () => reject(request.error);
      });
      const conclusion: Conclusion = {
        id, projectId: project, statement: { content: '', plainText: 'Bench: a conclusion with a hundred excerpts of evidence.' }, researchQuestionId: null,
        modelRole: null, codeIds: [], displayIds: [], statusHistory: [{ status: 'tentative', reason: 'bench', coderId, at }],
        evidence: codingIds.map((codingId, index) => ({
          id: `bench-evidence-${index}`, target: { kind: 'coding', codingId }, stance: 'supporting', weightNote: '', resolution: null, addedBy: coderId, addedAt: at,
        })),
        tactics: [], rivalOfId: null, createdAt: at, updatedAt: at,
      };
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('conclusions', 'readwrite');
        transaction.objectStore('conclusions').put(conclusion);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      return codingIds.length;
    },
    { databaseName: DEFAULT_DATABASE_NAME, project: projectId, id: BENCH_CONCLUSION_ID, count: items, at: AT },
  );

export const measureConclusionPage = async (page: Page, items: number, runs = 5): Promise<ReturnType<typeof summarise> & { first: number }> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const ms = await page.evaluate(
      async ({ id, count }) => {
        const bench = window.__caseweaveBench;
        location.hash = '#/conclusions';
        await bench.paintedWhen(() => document.querySelectorAll('.evidence-quote').length === 0, 30_000);
        const started = performance.now();
        location.hash = `#/conclusions/${encodeURIComponent(id)}`;
        return (await bench.paintedWhen(() => document.querySelectorAll('.evidence-quote').length >= count, 120_000)) - started;
      },
      { id: BENCH_CONCLUSION_ID, count: items },
    );
    samples.push(ms);
  }
  return { ...summarise(samples), first: round(samples[0]) };
};
