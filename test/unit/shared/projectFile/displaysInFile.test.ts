// The data displays in a project file (format 2): displays, relations and summary sheets travel and come back the
// same; a copy renews every id they hold, cell keys and node references included; relations and sheets of nothing
// are repaired with the user's agreement; a damaged display refuses the file; ids of rows deleted since are kept.
import { describe, expect, it } from 'vitest';
import { cellKey, cellKeyParts } from '../../../../shared/model/index.ts';
import {
  applyRepairs, checkProjectIntegrity, projectFileMessageText, readProjectFile, referencedCoderIds, reidentifySnapshot, writeProjectFile,
  type ProjectSnapshot,
} from '../../../../shared/projectFile/index.ts';
import { contactSheet, matrixDisplay, networkDisplay, relationRow, snapshotWithDisplays } from './displaysFixture.ts';
import { FILE, META, rowSet } from './projectFileFixture.ts';
import { rowsOf, unpack } from './projectFileZip.ts';

const counter = (): (() => string) => {
  let next = 0;
  return () => `new-${(next += 1)}`;
};

const withTables = (snapshot: ProjectSnapshot, tables: Partial<ProjectSnapshot['tables']>): ProjectSnapshot => ({
  projectId: snapshot.projectId, tables: { ...snapshot.tables, ...tables },
});

describe('displays in a project file', () => {
  it('round-trips displays, relations, summary sheets and the relation types: same rows, nothing to repair, same bytes again', async () => {
    const snapshot = snapshotWithDisplays();
    const bytes = await writeProjectFile(snapshot, META);
    const reading = await readProjectFile(bytes, { fileName: FILE });
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    for (const table of ['displays', 'relations', 'summarySheets', 'projects'] as const) {
      expect(rowSet(reading.snapshot.tables[table]), table).toEqual(rowSet(snapshot.tables[table]));
    }
    expect(reading.snapshot.tables.projects?.[0].settings.relationTypes).toEqual(['synergy']);
    expect(await writeProjectFile(reading.snapshot, META)).toEqual(bytes);
  });

  it('carries the coder who wrote a summary sheet, even when nothing else names them', async () => {
    const snapshot = snapshotWithDisplays();
    expect(referencedCoderIds(snapshot).has('coder-dita')).toBe(true);
    expect(referencedCoderIds(withTables(snapshot, { summarySheets: [] })).has('coder-dita')).toBe(false);
    const coders = rowsOf(unpack(await writeProjectFile(snapshot, META)), 'coders');
    expect(coders.map((coder) => coder.id)).toContain('coder-dita');
  });
});

describe('a copy of a project with displays', () => {
  const copy = reidentifySnapshot(snapshotWithDisplays(), counter());
  const idOf = (table: 'informants' | 'codes' | 'codings' | 'memos' | 'sources', find: (row: { id: string }) => boolean): string => {
    const rows: readonly { id: string }[] = copy.tables[table] ?? [];
    const row = rows.find(find);
    if (row === undefined) throw new Error(`no ${table} row`);
    return row.id;
  };
  const codeId = (name: string): string => idOf('codes', (row) => 'name' in row && row.name === name);
  const budi = idOf('informants', (row) => 'pseudonym' in row && row.pseudonym === 'Budi');
  const g2 = idOf('codings', (row) => 'start' in row && row.start === 64);
  const [matrix, network] = copy.tables.displays ?? [];

  it('passes the integrity check with nothing to repair', () => {
    expect(checkProjectIntegrity(copy, FILE)).toEqual({ problems: [], repairs: [] });
  });

  it('renews informant and code ids inside cell keys and keeps roles, and keeps an id of a code deleted since', () => {
    expect(Object.keys(matrix.cellNotes).map(cellKeyParts).sort()).toEqual([
      ['owner', 'c-gone'], ['owner', codeId('Price')], [budi, codeId('Kin')],
    ].sort());
    const note = matrix.cellNotes[cellKey(budi, codeId('Kin'))];
    expect([note.quoteCodingId, note.evidenceSeen]).toEqual([g2, [g2]]);
  });

  it("renews the codes a matrix definition names, and a network's node ids and code references but not its roles", () => {
    if (matrix.definition.kind !== 'matrix' || network.definition.kind !== 'network') throw new Error('display kinds changed');
    expect(matrix.definition.codeIds).toEqual([codeId('Price'), codeId('Kin')]);
    expect(matrix.definition.checklistCodeId).toBe(codeId('Supply'));
    expect(matrix.definition.clusterBy).toEqual({ kind: 'parent-codes', codeIds: [codeId('Supply')] });
    expect(matrix.definition.filters.coderIds).toEqual(['coder-ana']);
    const [kin, owner, market] = network.definition.nodes;
    expect([kin.refId, owner.refId, market.refId]).toEqual([codeId('Kin'), 'owner', null]);
    expect(network.definition.nodes.map((node) => node.id).some((id) => id.startsWith('n-'))).toBe(false);
  });

  it("points relations at the copy's display, nodes, codings and memos", () => {
    if (network.definition.kind !== 'network') throw new Error('display kinds changed');
    const [kin, owner] = network.definition.nodes;
    const [r1] = (copy.tables.relations ?? []).filter((relation) => relation.fromNodeId === kin.id);
    expect(r1).toMatchObject({
      displayId: network.id, toNodeId: owner.id, projectId: copy.projectId,
      evidence: { codingIds: [g2], memoIds: [idOf('memos', (row) => 'title' in row && row.title === 'Memo m-kin')] },
    });
  });

  it("points the summary sheet at the copy's source, theme codes and research questions, by the same author", () => {
    const [sheet] = copy.tables.summarySheets ?? [];
    if (sheet.kind !== 'contact') throw new Error('sheet kind changed');
    const questionId = copy.tables.projects?.[0].researchQuestions[0].id;
    expect(sheet).toMatchObject({ sourceId: idOf('sources', (row) => 'title' in row && row.title === 'Interview s1'), themeCodeIds: [codeId('Kin'), codeId('Price')], authorId: 'coder-dita' });
    expect(Object.keys(sheet.researchQuestions)).toEqual([questionId]);
  });
});

describe('integrity of displays', () => {
  it('leaves ids of rows deleted since alone: a node of a deleted code, a note on it, evidence of a deleted coding', () => {
    const snapshot = snapshotWithDisplays();
    const relations = [{ ...relationRow('r1', 'n-gone', 'n-market'), evidence: { codingIds: ['g-gone'], memoIds: ['m-gone'] } }];
    expect(checkProjectIntegrity(withTables(snapshot, { relations }), FILE)).toEqual({ problems: [], repairs: [] });
  });

  it('removes, with agreement, relations of no network display or to a node the display lacks, and sheets of no source', () => {
    const snapshot = withTables(snapshotWithDisplays(), {
      relations: [
        relationRow('r-ok', 'n-kin', 'n-owner'), relationRow('r-no-display', 'n-kin', 'n-owner', 'd-deleted'),
        relationRow('r-matrix', 'n-kin', 'n-owner', 'd-matrix'), relationRow('r-no-node', 'n-kin', 'n-removed'),
      ],
      summarySheets: [contactSheet(), contactSheet('sheet-gone', 's-deleted')],
    });
    const { problems, repairs } = checkProjectIntegrity(snapshot, FILE);
    expect(problems).toEqual([]);
    expect(repairs.map((repair) => projectFileMessageText(repair.message, 'en'))).toEqual([
      'Relation r-no-display belongs to no network display (d-deleted): it will be removed.',
      'Relation r-matrix belongs to no network display (Roles against codes): it will be removed.',
      'Relation r-no-node of display "Supply network" ends at a node the display does not have (n-removed): it will be removed.',
      'Summary sheet sheet-gone is about a source that does not exist (s-deleted): it will be removed.',
    ]);
    const repaired = applyRepairs(snapshot, repairs);
    expect(repaired.snapshot.tables.relations?.map((relation) => relation.id)).toEqual(['r-ok']);
    expect(repaired.snapshot.tables.summarySheets?.map((sheet) => sheet.id)).toEqual(['sheet-s1']);
    expect(repaired.auditDetail).toBe('removeRelation r-no-display r-matrix r-no-node; removeSummarySheet sheet-gone');
    expect(checkProjectIntegrity(repaired.snapshot, FILE)).toEqual({ problems: [], repairs: [] });
  });

  it.each([
    ['a network display with a matrix definition', { ...networkDisplay(), definition: matrixDisplay().definition }, 'type network with a matrix definition'],
    ['a matrix display with a network definition', { ...matrixDisplay(), definition: networkDisplay().definition }, 'type role-ordered with a network definition'],
    [
      'two nodes of one id',
      { ...networkDisplay(), definition: { kind: 'network', direction: 'down', nodes: [networkDisplay().definition, networkDisplay().definition].flatMap((definition) => (definition.kind === 'network' ? definition.nodes.slice(0, 1) : [])) } },
      'two nodes with the id n-kin',
    ],
    ['a cell note under a key that is no cell key', { ...matrixDisplay(), cellNotes: { 'owner|c-price': Object.values(matrixDisplay().cellNotes)[0] } }, 'a cell note under "owner|c-price", which is not a cell key'],
  ] as const)('refuses %s', (_, display, detail) => {
    const snapshot = withTables(snapshotWithDisplays(), { displays: [display], relations: [] });
    const { problems } = checkProjectIntegrity(snapshot, FILE);
    expect(problems.map((problem) => projectFileMessageText(problem, 'en'))).toEqual([
      `${FILE}: display "${display.name}" in tables/displays.json is damaged (${detail}).`,
    ]);
  });
});
