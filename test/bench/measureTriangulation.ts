// The triangulation figure of issue 10, in Node on the generated project: 200 conclusions with 20 coded excerpts of
// evidence each (two of them disconfirming, one resolved), assessed from nothing — a new resolver each run, so the
// attribution of every source touched is prepared again — with the shared code the app, the report and the CLI run.
// One run before the timed ones warms the JIT, as the other Node figures do.
import { performance } from 'node:perf_hooks';
import { evidenceResolver } from '../../shared/analysis/index.ts';
import { DEFAULT_TRIANGULATION_RULE, type Conclusion, type EvidenceItem } from '../../shared/model/index.ts';
import { summarise } from './benchStats.ts';
import type { LargeProject } from './generateLargeProject.ts';
import { benchMatrixData } from './measureDisplayCompute.ts';
import { createRandom } from './seededRandom.ts';

const AT = '2026-01-06T00:00:00.000Z';

export const benchConclusions = (project: LargeProject, count = 200, items = 20): Pick<Conclusion, 'id' | 'evidence'>[] => {
  const random = createRandom(10);
  const codings = project.codings;
  return Array.from({ length: count }, (_, index) => ({
    id: `bench-conclusion-${index}`,
    evidence: Array.from({ length: items }, (_, k): EvidenceItem => ({
      id: `bench-evidence-${index}-${k}`, target: { kind: 'coding', codingId: codings[random.integer(0, codings.length - 1)].id },
      stance: k < items - 2 ? 'supporting' : 'disconfirming', weightNote: '',
      resolution: k === items - 1 ? { kind: 'qualified', note: '' } : null, addedBy: 'bench', addedAt: AT,
    })),
  }));
};

export const measureTriangulation = (project: LargeProject, runs = 7): ReturnType<typeof summarise> & { contested: number } => {
  const data = benchMatrixData(project);
  const conclusions = benchConclusions(project);
  const samples: number[] = [];
  let contested = 0;
  for (const conclusion of conclusions) evidenceResolver(data).assess(conclusion, DEFAULT_TRIANGULATION_RULE);
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const resolver = evidenceResolver(data);
    const statuses = conclusions.map((conclusion) => resolver.assess(conclusion, DEFAULT_TRIANGULATION_RULE).triangulation.status);
    samples.push(performance.now() - started);
    contested = statuses.filter((status) => status === 'contested').length;
  }
  return { ...summarise(samples), contested };
};
