// The generated large project as a project snapshot (what a `.caseweave` file carries), for the figures measured in
// Node on the shared code the app's workers and the CLI run: the report, the codebook and the excerpt workbook. On
// top of the sources, codes, codings and memos: one informant per source, 200 conclusions with 20 evidence items each
// spread over the ecosystem roles, and the 80-node network display with its 300 relations, included in the report.
import type { Conclusion, Display, Source } from '../../shared/model/index.ts';
import type { ProjectSnapshot } from '../../shared/projectFile/projectSnapshot.ts';
import { BENCH_CODERS } from './generateAnalysis.ts';
import type { LargeProject } from './generateLargeProject.ts';
import { benchMatrixData } from './measureDisplayCompute.ts';
import { benchConclusions } from './measureTriangulation.ts';
import { benchNetwork } from './seedDisplays.ts';

const AT = '2026-01-06T00:00:00.000Z';
const MODEL_ROLES = ['entry point', 'value creator', 'market connector', 'capacity builder'];

const wordCount = (text: string): number => text.split(/\s+/u).filter((word) => word !== '').length;

export const benchSnapshot = (project: LargeProject): ProjectSnapshot => {
  const projectId = project.project.id;
  const data = benchMatrixData(project);
  const sources = data.sources.map((source, index): Source => ({
    ...source, projectId, language: 'en', format: 'txt', originalFileName: project.sources[index].fileName, sha256: source.id,
    byteSize: project.sources[index].bytes.byteLength, date: `2025-${String((index % 12) + 1).padStart(2, '0')}-15`, importedAt: AT, updatedAt: AT,
  }));
  const conclusions = benchConclusions(project).map((conclusion, index): Conclusion => ({
    ...conclusion, projectId, statement: { content: '', plainText: `Bench conclusion ${index + 1}: networks carry the firm into export markets.` },
    researchQuestionId: null, modelRole: MODEL_ROLES[index % MODEL_ROLES.length], codeIds: [], displayIds: [],
    statusHistory: [{ status: 'supported', reason: '', coderId: BENCH_CODERS[0].id, at: AT }], tactics: [], rivalOfId: null, createdAt: AT, updatedAt: AT,
  }));
  const network = benchNetwork(projectId, project.codes, project.codings);
  const display: Display = {
    id: 'bench-display-network', projectId, name: 'Ecosystem', type: 'network', definition: network.definition, cellNotes: {},
    includeInReport: true, createdAt: AT, updatedAt: AT,
  };
  return {
    projectId,
    tables: {
      projects: [{ ...project.project, researchQuestions: [{ id: 'bench-rq-1', text: 'How do networks carry small craft firms into export markets?' }] }],
      coders: [...BENCH_CODERS],
      informants: [...data.informants],
      sources: sources.map(({ text, ...row }) => ({ ...row, wordCount: wordCount(text) })),
      sourceTexts: sources.map((source) => ({ sourceId: source.id, projectId, text: source.text })),
      codes: project.codes,
      codings: [...data.codings],
      memos: project.memos.map(({ sourceSha: _sourceSha, ...memo }) => memo),
      conclusions,
      displays: [display],
      relations: network.relations,
    },
  };
};
