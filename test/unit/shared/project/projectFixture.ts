// A small installation held in memory, one row list per table: the sample code tree of the codebook tests in
// project p1 with its sources, informants, memos and audit trail, a second project p2 that no change of p1 may
// touch, and the installation's own rows. The cascade and registry tests run against it.
import type { CodingSnapshot } from '../../../../shared/codebook/codingSnapshot.ts';
import type { AuditEvent, Coder, Conclusion, Display, Informant, MemberCheck, Project, Relation, SummarySheet } from '../../../../shared/model/index.ts';
import type { AppStateRow, SavedTemplateRow, SourceOriginalRow, SourceRow, SourceTextRow, TableName, TableRows } from '../../../../shared/project/tableRows.ts';
import { code, coding, memo, PROJECT, sampleSnapshot } from '../codebook/codebookFixture.ts';

export const OTHER_PROJECT = 'p2';
const AT = '2025-01-01T00:00:00.000Z';

export const project = (id: string): Project => ({
  id, name: `Project ${id}`, description: '', researchQuestions: [], templateId: null,
  settings: { reportLanguage: 'en', rolePresets: [] }, createdAt: AT, updatedAt: AT, isExample: false,
});

export const informant = (id: string, projectId = PROJECT): Informant => ({
  id, projectId, pseudonym: id, role: 'owner', attributes: {}, realName: null, createdAt: AT, updatedAt: AT,
});

export const source = (id: string, informantIds: string[] = [], speakerLinks: Record<string, string> = {}, projectId = PROJECT): SourceRow => ({
  id, projectId, kind: 'interview', title: `Source ${id}`, informantIds, speakerLinks, date: null, language: 'id', format: 'txt',
  originalFileName: `${id}.txt`, sha256: '', byteSize: 0, turns: [], importedAt: AT, updatedAt: AT, wordCount: 10,
});

export const sourceText = (sourceId: string, projectId = PROJECT): SourceTextRow => ({ sourceId, projectId, text: `Text of ${sourceId}` });

/** The kept bytes of a source's imported file (a few bytes stand for them). */
export const sourceOriginal = (sourceId: string, projectId = PROJECT): SourceOriginalRow => ({
  sourceId, projectId, fileName: `${sourceId}.txt`, bytes: new TextEncoder().encode(`Bytes of ${sourceId}`),
});

/** A network display of p1 with two code nodes (n and c). */
export const display = (id: string, projectId = PROJECT): Display => ({
  id, projectId, name: `Display ${id}`, type: 'network',
  definition: {
    kind: 'network', direction: 'right',
    nodes: [
      { id: `${id}-node-n`, kind: 'code', refId: 'n', label: 'n', x: null, y: null },
      { id: `${id}-node-c`, kind: 'code', refId: 'c', label: 'c', x: 10, y: 20 },
    ],
  },
  cellNotes: {}, includeInReport: false, createdAt: AT, updatedAt: AT,
});

/** A relation of display `displayId` from its node n to its node c, evidenced by coding g1. */
export const relation = (id: string, displayId: string, projectId = PROJECT): Relation => ({
  id, projectId, displayId, fromNodeId: `${displayId}-node-n`, toNodeId: `${displayId}-node-c`, type: 'enables', directed: true, sign: '+',
  note: '', evidence: { codingIds: ['g1'], memoIds: [] }, suggestedCoefficient: null, createdAt: AT, updatedAt: AT,
});

const noText = { content: '', plainText: '' };

/** A contact summary sheet of a source. */
export const summarySheet = (id: string, sourceId: string, projectId = PROJECT): SummarySheet => ({
  id, projectId, sourceId, kind: 'contact', date: null, authorId: 'ana', createdAt: AT, updatedAt: AT, contactType: 'interview',
  mainThemes: noText, themeCodeIds: ['n'], researchQuestions: {}, salientPoints: noText, nextQuestions: noText,
});

/** A tentative conclusion of p1 supported by coding g1 and a cell of display d1; `rivalOfId` names the one it rivals. */
export const conclusion = (id: string, rivalOfId: string | null = null, projectId = PROJECT): Conclusion => ({
  id, projectId, statement: { content: '', plainText: `Conclusion ${id}` }, researchQuestionId: null, modelRole: null, codeIds: ['n'],
  displayIds: ['d1'], statusHistory: [{ status: 'tentative', reason: 'First reading', coderId: 'ana', at: AT }],
  evidence: [
    { id: `${id}-e1`, target: { kind: 'coding', codingId: 'g1' }, stance: 'supporting', weightNote: '', resolution: null, addedBy: 'ana', addedAt: AT },
    { id: `${id}-e2`, target: { kind: 'cell', displayId: 'd1', cellKey: '["dewi","n"]' }, stance: 'supporting', weightNote: '', resolution: null, addedBy: 'ana', addedAt: AT },
  ],
  tactics: [], rivalOfId, createdAt: AT, updatedAt: AT,
});

/** A member check of `informantId` returning s1 and conclusion k1; their words were imported as `wordsSourceId`. */
export const memberCheck = (id: string, informantId: string, wordsSourceId: string | null, projectId = PROJECT): MemberCheck => ({
  id, projectId, informantId, sentOn: '2024-05-01', answeredOn: '2024-05-08', mode: 'whatsapp', language: 'id',
  items: [
    { id: `${id}-i1`, target: { kind: 'transcript', sourceId: 's1' }, response: 'correct', comment: 'The year was 2009', outcomes: [
      { kind: 'transcript-correction', sourceId: 's1', correctedAt: AT, note: '2008 → 2009' },
    ] },
    { id: `${id}-i2`, target: { kind: 'conclusions', conclusionIds: ['k1'] }, response: 'confirm', comment: '', outcomes: [{ kind: 'kept', reason: 'Confirmed' }] },
  ],
  words: 'Betul, tapi tahunnya 2009.', wordsSourceId, createdAt: AT, updatedAt: AT,
});

export const auditEvent = (id: number, projectId = PROJECT): AuditEvent => ({
  id, projectId, at: AT, actorId: 'ana', action: 'create', objectType: 'code', objectId: 'n', detail: '',
});

export const coder: Coder = { id: 'ana', name: 'Ana Wulandari', initials: 'AW', createdAt: AT, updatedAt: AT };

export const savedTemplate: SavedTemplateRow = {
  formatVersion: 1, id: 'mine', name: 'Mine', description: '', language: 'en', rolePresets: [], codes: [], savedAt: AT, sourceProjectId: PROJECT,
};

export type Tables = { [T in TableName]: TableRows[T][] };

/**
 * p1: the sample code tree (n > n1, n2 > n2a; c > c1, c2) with codings g1–g6 on s1–s3. Informant dewi is listed by
 * s1 and s2 and linked to s1's speaker "Dewi"; budi is listed by s1 only and linked to its speaker "Budi".
 * Memos: on the project, on s1, on codes n and n2a, on codings g1 (s1), g4 (n2a) and g6 (c1, s3).
 * p2: one informant, source, code, coding, memo and audit event of its own.
 * s1 and p2's source keep their originals. lastProjectId names `lastProjectId`; the file Study.caseweave is linked to p1.
 */
export const sampleTables = (lastProjectId: string = PROJECT): Tables => {
  const { codes, codings } = sampleSnapshot();
  return {
    projects: [project(PROJECT), project(OTHER_PROJECT)],
    informants: [informant('dewi'), informant('budi'), informant('other-informant', OTHER_PROJECT)],
    sources: [
      source('s1', ['dewi', 'budi'], { Dewi: 'dewi', Budi: 'budi' }),
      source('s2', ['dewi']),
      source('s3'),
      source('other-source', ['other-informant'], {}, OTHER_PROJECT),
    ],
    sourceTexts: [sourceText('s1'), sourceText('s2'), sourceText('s3'), sourceText('other-source', OTHER_PROJECT)],
    sourceOriginals: [sourceOriginal('s1'), sourceOriginal('other-source', OTHER_PROJECT)],
    // The first code carries a cleared anchor example, so its row shows every field a cascade may look up.
    codes: [...codes.map((row, index) => (index === 0 ? { ...row, anchorCodingId: null } : row)), code('other-code', 'Elsewhere', null, 0, { projectId: OTHER_PROJECT })],
    codings: [...codings, { ...coding('other-coding', 'other-code', 'other-source', 0, 4), projectId: OTHER_PROJECT }],
    memos: [
      memo('memo-project', { kind: 'project' }),
      memo('memo-s1', { kind: 'source', id: 's1' }),
      memo('memo-n', { kind: 'code', id: 'n' }),
      memo('memo-n2a', { kind: 'code', id: 'n2a' }),
      memo('memo-g1', { kind: 'coding', id: 'g1' }),
      memo('memo-g4', { kind: 'coding', id: 'g4' }),
      memo('memo-g6', { kind: 'coding', id: 'g6' }),
      memo('other-memo', { kind: 'code', id: 'other-code' }, { projectId: OTHER_PROJECT }),
    ],
    displays: [display('d1'), display('other-display', OTHER_PROJECT)],
    relations: [relation('r1', 'd1'), relation('other-relation', 'other-display', OTHER_PROJECT)],
    summarySheets: [summarySheet('sheet-s1', 's1'), summarySheet('other-sheet', 'other-source', OTHER_PROJECT)],
    conclusions: [conclusion('k1'), conclusion('k2', 'k1'), conclusion('other-conclusion', null, OTHER_PROJECT)],
    memberChecks: [memberCheck('mc1', 'dewi', 's2'), memberCheck('other-check', 'other-informant', null, OTHER_PROJECT)],
    auditEvents: [auditEvent(1), auditEvent(2), auditEvent(3, OTHER_PROJECT)],
    coders: [coder],
    codebookTemplates: [savedTemplate],
    appState: [
      { key: 'lastProjectId', value: lastProjectId },
      { key: 'currentCoderId', value: coder.id },
    ] satisfies AppStateRow[],
    projectFileLinks: [{ id: 'link-1', fileName: 'Study.caseweave', linkedProjectId: PROJECT, path: '/study/Study.caseweave', handle: null, openedAt: AT }],
  };
};

/** Project p1's codes and codings, what the codebook operations work on. */
export const snapshotOf = (tables: Tables): CodingSnapshot => ({
  codes: tables.codes.filter((row) => row.projectId === PROJECT),
  codings: tables.codings.filter((row) => row.projectId === PROJECT),
});

/** One row of every table, for checks that need a row to look at. */
export const sampleRowOf = <T extends TableName>(table: T): TableRows[T] => sampleTables()[table][0];
