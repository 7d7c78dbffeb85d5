// The display figures' in-process parts (issue 9), timed in Node on the generated project: computing the informants ×
// codes matrix and the co-occurrence of all codes with the same shared builder the app's worker runs, and laying out
// the 80-node, 300-relation network with the same elkjs call. They are the floor under the UI figures (which add
// loading, the worker hop and painting), reported beside them.
import { performance } from 'node:perf_hooks';
import { computeMatrixView, newDisplayDefinition, type MatrixData } from '../../shared/analysis/index.ts';
import type { Code, Display, Informant, MatrixDisplayDefinition } from '../../shared/model/index.ts';
import { layoutNetwork } from '../../shared/network/index.ts';
import { summarise } from './benchStats.ts';
import type { LargeProject } from './generateLargeProject.ts';
import { BENCH_ROLES, benchNetwork } from './seedDisplays.ts';

const AT = '2026-01-06T00:00:00.000Z';

/** The project as plain matrix data: sources keyed by their SHA-256, one informant per source linked to "R1". */
export const benchMatrixData = (project: LargeProject): MatrixData => {
  const projectId = project.project.id;
  const informants: Informant[] = project.sources.map((source, index) => ({
    id: `bench-informant-${index}`, projectId, pseudonym: `Informant ${index + 1}`, role: BENCH_ROLES[index % BENCH_ROLES.length], attributes: {},
    realName: null, createdAt: AT, updatedAt: AT,
  }));
  const sources = project.sources.map((source, index) => ({
    id: source.sha256, title: source.fileName, kind: 'interview' as const, date: null, text: source.text, turns: source.turns,
    informantIds: [informants[index].id], speakerLinks: { R1: informants[index].id },
  }));
  const known = new Set(sources.map((source) => source.id));
  const codings = project.codings.filter((coding) => known.has(coding.sourceSha)).map(({ sourceSha, ...coding }) => ({ ...coding, sourceId: sourceSha }));
  return { informants, sources, codes: project.codes, codings };
};

const matrixDisplay = (type: Display['type'], change: Partial<MatrixDisplayDefinition>): Display => {
  const base = newDisplayDefinition(type);
  if (base.kind !== 'matrix') throw new Error(`${type} is not a matrix`);
  return { id: type, projectId: 'bench', name: type, type, definition: { ...base, ...change }, cellNotes: {}, includeInReport: false, createdAt: AT, updatedAt: AT };
};

const timed = async (runs: number, work: () => unknown): Promise<ReturnType<typeof summarise>> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
};

export type DisplayComputeFigures = {
  informantsByCodes: ReturnType<typeof summarise>; rows: number; columns: number;
  cooccurrence: ReturnType<typeof summarise>; layout: ReturnType<typeof summarise>;
};

export const measureDisplayCompute = async (project: LargeProject, codes: readonly Code[], runs = 7): Promise<DisplayComputeFigures> => {
  const data = benchMatrixData(project);
  const byCodes = matrixDisplay('case-by-code', { rows: 'informant', codeIds: null });
  const view = computeMatrixView(data, byCodes);
  const informantsByCodes = await timed(runs, () => computeMatrixView(data, byCodes));
  const cooccurrence = await timed(runs, () => computeMatrixView(data, matrixDisplay('cooccurrence', { codeIds: null })));
  const network = benchNetwork('bench', codes, project.codings);
  const nodes = network.definition.nodes;
  const edges = network.relations.map((relation) => ({ id: relation.id, from: relation.fromNodeId, to: relation.toNodeId }));
  await layoutNetwork(nodes, edges, { direction: 'right' });
  const layout = await timed(runs, () => layoutNetwork(nodes, edges, { direction: 'right' }));
  return { informantsByCodes, rows: view.rows.length, columns: view.columns.length, cooccurrence, layout };
};
