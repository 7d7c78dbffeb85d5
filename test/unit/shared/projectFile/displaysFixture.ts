// The small sound project of projectFileFixture.ts with data displays: a role-ordered matrix whose cell notes are keyed
// by a role and by an informant against codes (one note on a code deleted since), a network of a code node, a role
// node and a free node with an evidenced relation, and a contact summary sheet written by a coder nothing else names.
import { cellKey, type Display, type Relation, type SummarySheet } from '../../../../shared/model/index.ts';
import type { ProjectSnapshot } from '../../../../shared/projectFile/projectSnapshot.ts';
import { AT, coder, PROJECT_ID, smallSnapshot } from './projectFileFixture.ts';

const text = (plainText: string) => ({ content: `{"root":"${plainText}"}`, plainText });
const sort = { by: 'reading', direction: 'ascending' } as const;

export const matrixDisplay = (): Display => ({
  id: 'd-matrix', projectId: PROJECT_ID, name: 'Roles against codes', type: 'role-ordered', includeInReport: true, createdAt: AT, updatedAt: AT,
  definition: {
    kind: 'matrix', rows: 'role', cell: 'summary', codeIds: ['c-price', 'c-kin'], withSubCodes: true, filters: { coderIds: ['coder-ana'] },
    rowOrder: ['owner', 'supplier'], checklistCodeId: 'c-supply', clusterBy: { kind: 'parent-codes', codeIds: ['c-supply'] },
    rowSort: sort, columnSort: sort, hideEmptyRows: false, hideEmptyColumns: false, heatShading: false,
  },
  cellNotes: {
    [cellKey('owner', 'c-price')]: { summary: text('Price first'), rating: null, quoteCodingId: null, evidenceSeen: ['g1'], updatedAt: AT },
    [cellKey('i-budi', 'c-kin')]: { summary: text('Family'), rating: 'strong', quoteCodingId: 'g2', evidenceSeen: ['g2'], updatedAt: AT },
    [cellKey('owner', 'c-gone')]: { summary: text('On a code deleted since'), rating: null, quoteCodingId: 'g-gone', evidenceSeen: ['g-gone'], updatedAt: AT },
  },
});

export const networkDisplay = (): Display => ({
  id: 'd-network', projectId: PROJECT_ID, name: 'Supply network', type: 'network', includeInReport: false, createdAt: AT, updatedAt: AT, cellNotes: {},
  definition: {
    kind: 'network', direction: 'right',
    nodes: [
      { id: 'n-kin', kind: 'code', refId: 'c-kin', label: 'Kin', x: 40, y: 80 },
      { id: 'n-owner', kind: 'role', refId: 'owner', label: 'owner', x: null, y: null },
      { id: 'n-market', kind: 'free', refId: null, label: 'Market', x: null, y: null },
      { id: 'n-gone', kind: 'code', refId: 'c-gone', label: 'A code deleted since', x: null, y: null },
    ],
  },
});

export const relationRow = (id: string, fromNodeId: string, toNodeId: string, displayId = 'd-network'): Relation => ({
  id, projectId: PROJECT_ID, displayId, fromNodeId, toNodeId, type: 'synergy', directed: true, sign: '+', note: 'Seen twice',
  evidence: { codingIds: ['g2'], memoIds: ['m-kin'] }, suggestedCoefficient: 0.5, createdAt: AT, updatedAt: AT,
});

export const contactSheet = (id = 'sheet-s1', sourceId = 's1'): SummarySheet => ({
  id, projectId: PROJECT_ID, sourceId, kind: 'contact', date: '2025-02-01', authorId: 'coder-dita', createdAt: AT, updatedAt: AT,
  contactType: 'interview', mainThemes: text('Trust in kin'), themeCodeIds: ['c-kin', 'c-price'], researchQuestions: { rq1: text('Family first') },
  salientPoints: text('The uncle decides'), nextQuestions: text('Who is the uncle?'),
});

/** smallSnapshot with the displays above, relations r1 (kin → owner) and r2 (owner → market), and the sheet. */
export const snapshotWithDisplays = (): ProjectSnapshot => {
  const base = smallSnapshot();
  const project = base.tables.projects?.map((row) => ({ ...row, settings: { ...row.settings, relationTypes: ['synergy'] } }));
  return {
    projectId: base.projectId,
    tables: {
      ...base.tables,
      projects: project,
      displays: [matrixDisplay(), networkDisplay()],
      relations: [relationRow('r1', 'n-kin', 'n-owner'), relationRow('r2', 'n-owner', 'n-market')],
      summarySheets: [contactSheet()],
      coders: [...(base.tables.coders ?? []), coder('coder-dita', 'Dita')],
    },
  };
};
