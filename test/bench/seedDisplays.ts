// The displays of the bench (issue 9), written straight into the app's IndexedDB from inside the page: one informant
// per generated source (linked to its respondent "R1", roles in turn), then the saved displays the display figures
// open — informants × all codes, the co-occurrence of all codes, the one cell of ~1,000 excerpts (interviews × the
// retrieval code) — and a network of 80 code nodes with 300 relations. Deterministic: ids derive from indexes.
import type { Page } from '@playwright/test';
import { newDisplayDefinition } from '../../shared/analysis/displayDefaults.ts';
import { DEFAULT_DATABASE_NAME } from '../../renderer/data/database.ts';
import type { Code, Display, MatrixDisplayDefinition, NetworkDisplayDefinition, Relation } from '../../shared/model/index.ts';
import type { PlannedCoding } from './generateAnalysis.ts';
import { createRandom } from './seededRandom.ts';

export const BENCH_ROLES = ['owner', 'craftsman', 'partner', 'association', 'diaspora'];

export type BenchDisplays = { informantsByCodes: string; cooccurrence: string; oneCell: string; network: string; informants: number };

const AT = new Date(Date.UTC(2026, 0, 6)).toISOString();

const display = (id: string, projectId: string, name: string, type: Display['type'], definition: Display['definition']): Display => ({
  id, projectId, name, type, definition, cellNotes: {}, includeInReport: false, createdAt: AT, updatedAt: AT,
});

const matrix = (type: Display['type'], change: Partial<MatrixDisplayDefinition>): MatrixDisplayDefinition => {
  const base = newDisplayDefinition(type);
  if (base.kind !== 'matrix') throw new Error(`${type} is not a matrix`);
  return { ...base, ...change };
};

/** 80 code nodes on a grid the user "dragged" nowhere (null positions: the automatic layout places them), 300 relations. */
export const benchNetwork = (projectId: string, codes: readonly Code[], codings: readonly PlannedCoding[]): { definition: NetworkDisplayDefinition; relations: Relation[] } => {
  const random = createRandom(99);
  const nodes = codes.map((code, index) => ({ id: `bench-node-${index}`, kind: 'code' as const, refId: code.id, label: code.name, x: null, y: null }));
  const codingsOf = new Map<string, string[]>();
  for (const coding of codings) codingsOf.set(coding.codeId, [...(codingsOf.get(coding.codeId) ?? []), coding.id]);
  const relations: Relation[] = [];
  const types = ['enables', 'supplies', 'informs', 'depends-on', 'connects-to'];
  for (let index = 0; relations.length < 300; index += 1) {
    const from = random.integer(0, nodes.length - 1);
    const to = random.integer(0, nodes.length - 1);
    if (from === to) continue;
    const evidence = (codingsOf.get(nodes[from].refId) ?? []).slice(0, random.integer(0, 5));
    relations.push({
      id: `bench-relation-${index}`, projectId, displayId: 'bench-display-network', fromNodeId: nodes[from].id, toNodeId: nodes[to].id,
      type: types[index % types.length], directed: true, sign: index % 7 === 0 ? '-' : '+', note: '',
      evidence: { codingIds: evidence, memoIds: [] }, suggestedCoefficient: null, createdAt: AT, updatedAt: AT,
    });
  }
  return { definition: { kind: 'network', nodes, direction: 'right' }, relations };
};

export const seedDisplays = async (page: Page, projectId: string, codes: readonly Code[], codings: readonly PlannedCoding[], retrievalCodeId: string): Promise<BenchDisplays> => {
  const ids: BenchDisplays = {
    informantsByCodes: 'bench-display-informants-by-codes', cooccurrence: 'bench-display-cooccurrence', oneCell: 'bench-display-one-cell',
    network: 'bench-display-network', informants: 0,
  };
  const network = benchNetwork(projectId, codes, codings);
  const displays: Display[] = [
    display(ids.informantsByCodes, projectId, 'Bench: informants × codes', 'case-by-code', matrix('case-by-code', { rows: 'informant', codeIds: null })),
    display(ids.cooccurrence, projectId, 'Bench: co-occurrence', 'cooccurrence', matrix('cooccurrence', { codeIds: null })),
    display(ids.oneCell, projectId, 'Bench: one code by source kind', 'case-by-code', matrix('case-by-code', { rows: 'source-kind', codeIds: [retrievalCodeId] })),
    display(ids.network, projectId, 'Bench: network', 'network', network.definition),
  ];
  ids.informants = await page.evaluate(
    async ({ databaseName, project, roles, rows, relations, at }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const sources = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction('sources').objectStore('sources').index('projectId').getAll(project);
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['informants', 'sources', 'displays', 'relations'], 'readwrite');
        sources.forEach((source, index) => {
          const id = `bench-informant-${String(index).padStart(3, '0')}`;
          transaction.objectStore('informants').put({
            id, projectId: project, pseudonym: `Informant ${String(index + 1).padStart(3, '0')}`, role: roles[index % roles.length], attributes: {},
            realName: null, createdAt: at, updatedAt: at,
          });
          transaction.objectStore('sources').put({ ...source, informantIds: [id], speakerLinks: { R1: id } });
        });
        for (const row of rows) transaction.objectStore('displays').put(row);
        for (const row of relations) transaction.objectStore('relations').put(row);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      return sources.length;
    },
    { databaseName: DEFAULT_DATABASE_NAME, project: projectId, roles: BENCH_ROLES, rows: displays, relations: network.relations, at: AT },
  );
  return ids;
};
