// The example's displays on real Dexie: a role-ordered matrix of the four functions with written summaries on cells
// that hold evidence, a triangulation matrix, the association-support checklist whose ratings quote codings of their
// own cell, the ecosystem network with evidenced relations and one unevidenced "synergy", two contact summary sheets;
// no note starts flagged "evidence changed".
import { describe, expect, it } from 'vitest';
import { matrixDataOf, seededExample } from './displayTestData.ts';
import { getCurrentCoder } from '../../../renderer/data/coders.ts';
import { computeMatrixView, evidenceChange } from '../../../shared/analysis/displayView.ts';
import type { MatrixData } from '../../../shared/analysis/matrixTypes.ts';
import { attributeRange, prepareAttribution } from '../../../shared/analysis/attribution.ts';
import { codePathNames, indexCodes } from '../../../shared/codebook/index.ts';
import { cellKeyParts, DEFAULT_RATING_SCALE, DEFAULT_RELATION_TYPES, type Display } from '../../../shared/model/index.ts';
import { lexicalJsonFromPlainText } from '../../../shared/model/memoContent.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';

const seeded = async () => {
  const { db, project } = await seededExample();
  const data = await matrixDataOf(db, project.id);
  const displays = await db.displays.where('projectId').equals(project.id).toArray();
  const codes = indexCodes(data.codes);
  const pathOf = (codeId: string): string => codePathNames(codes, codeId).join(' / ');
  const displayOf = (type: Display['type']): Display => displays.find((display) => display.type === type) ?? fail(`no ${type} display`);
  return { db, project, data, displays, pathOf, displayOf };
};

const fail = (what: string): never => {
  throw new Error(what);
};

/** The informants a coding belongs to, by the attribution rule. */
const informantsOf = (sources: MatrixData['sources'], codingSourceId: string, start: number, end: number): string[] => {
  const source = sources.find((row) => row.id === codingSourceId) ?? fail(`no source ${codingSourceId}`);
  return attributeRange(prepareAttribution(source), start, end).informantIds;
};

const currentCoderId = async (db: CaseweaveDatabase): Promise<string> => (await getCurrentCoder(db)).id;

describe('the example project’s displays', () => {
  it('has a role-ordered matrix, a triangulation matrix, a checklist and a network, and the relation type "synergy"', async () => {
    const { project, displays } = await seeded();
    expect(displays.map((display) => display.type).sort()).toEqual(['checklist', 'network', 'role-ordered', 'triangulation']);
    expect(project.settings.relationTypes).toEqual(['synergy']);
    expect(new Set(displays.map((display) => display.name)).size).toBe(4);
    // The role-ordered matrix and the network are marked for the report.
    expect(displays.filter((display) => display.includeInReport).map((display) => display.type).sort()).toEqual(['network', 'role-ordered']);
  });

  it('writes summaries in the role-ordered matrix on cells of the four functions that hold evidence, as Lexical JSON', async () => {
    const { data, displayOf, pathOf } = await seeded();
    const display = displayOf('role-ordered');
    if (display.definition.kind !== 'matrix') throw new Error('not a matrix');
    expect(display.definition.codeIds?.map(pathOf)).toEqual(['Business networks', 'Global collaboration', 'Diaspora', 'Business associations']);
    expect(display.definition.withSubCodes).toBe(true);
    expect(display.definition.rowOrder).toEqual(['owner', 'craftsman', 'partner/distributor', 'association representative', 'diaspora actor']);
    const view = computeMatrixView(data, display);
    const cells = new Map(view.cells.flat().map((cell) => [cell.key, cell]));
    const notes = Object.entries(display.cellNotes);
    expect(notes.map(([key]) => cellKeyParts(key)).map(([role, codeId]) => `${role} × ${pathOf(codeId)}`).sort()).toEqual([
      'association representative × Business associations', 'diaspora actor × Diaspora', 'owner × Business associations', 'owner × Business networks',
      'owner × Global collaboration',
    ]);
    for (const [key, note] of notes) {
      expect(cells.get(key)?.codingIds.length, key).toBeGreaterThan(0);
      expect(note.summary.content).toBe(lexicalJsonFromPlainText(note.summary.plainText));
      expect(note.summary.plainText.length).toBeGreaterThan(40);
    }
  });

  it('starts with no cell flagged "evidence changed": every note saw exactly the codings its cell holds', async () => {
    const { data, displays } = await seeded();
    const matrices = displays.filter((display) => display.definition.kind === 'matrix');
    expect(matrices).toHaveLength(3);
    for (const display of matrices) {
      const cells = new Map(computeMatrixView(data, display).cells.flat().map((cell) => [cell.key, cell]));
      for (const [key, note] of Object.entries(display.cellNotes)) {
        expect(evidenceChange(note, cells.get(key) ?? { codingIds: [] }), `${display.name} ${key}`).toBeNull();
      }
    }
  });

  it('rates the five kinds of association support by role, each quote a coding of its support by an informant of its role', async () => {
    const { data, displayOf, pathOf } = await seeded();
    const display = displayOf('checklist');
    if (display.definition.kind !== 'matrix') throw new Error('not a matrix');
    expect(pathOf(display.definition.checklistCodeId ?? '')).toBe('Business associations');
    expect(display.definition.codeIds?.map(pathOf)).toEqual(['Training', 'Mentoring', 'Exhibitions', 'Market information', 'Policy advocacy'].map((name) => `Business associations / ${name}`));
    const roleOf = new Map(data.informants.map((informant) => [informant.id, informant.role]));
    const notes = Object.entries(display.cellNotes);
    expect(notes.length).toBeGreaterThanOrEqual(5);
    for (const [key, note] of notes) {
      const [supportId, role] = cellKeyParts(key);
      expect(display.definition.codeIds, key).toContain(supportId);
      expect(DEFAULT_RATING_SCALE).toContain(note.rating);
      if (note.quoteCodingId === null) continue;
      const coding = data.codings.find((row) => row.id === note.quoteCodingId) ?? fail(`no coding ${note.quoteCodingId}`);
      expect(coding.codeId, key).toBe(supportId);
      expect(informantsOf(data.sources, coding.sourceId, coding.start, coding.end).map((id) => roleOf.get(id)), key).toContain(role);
    }
    expect(notes.filter(([, note]) => note.quoteCodingId !== null).length).toBeGreaterThanOrEqual(5);
    // Market information under the association is the example's own code, with its coding.
    const marketInformation = data.codes.find((code) => pathOf(code.id) === 'Business associations / Market information') ?? fail('no code');
    expect(data.codings.filter((coding) => coding.codeId === marketInformation.id)).toHaveLength(1);
  });

  it('has a triangulation matrix of the four functions and their outcomes', async () => {
    const { displayOf, pathOf } = await seeded();
    const display = displayOf('triangulation');
    if (display.definition.kind !== 'matrix') throw new Error('not a matrix');
    expect(display.definition.codeIds?.map(pathOf)).toEqual(['Business networks', 'Global collaboration', 'Diaspora', 'Business associations', 'Internationalization outcomes']);
  });

  it('draws the four functions around internationalisation, with typed relations evidenced by codings of their ends, and one unevidenced synergy', async () => {
    const { db, data, displayOf, pathOf } = await seeded();
    const display = displayOf('network');
    if (display.definition.kind !== 'network') throw new Error('not a network');
    const nodes = new Map(display.definition.nodes.map((node) => [node.id, node]));
    expect(display.definition.nodes.map((node) => [node.kind, pathOf(node.refId ?? ''), node.label])).toEqual(
      ['Business networks', 'Global collaboration', 'Diaspora', 'Business associations', 'Internationalization outcomes'].map((name) => ['code', name, name]),
    );
    const relations = await db.relations.where('displayId').equals(display.id).toArray();
    const codeOf = new Map(data.codings.map((coding) => [coding.id, coding.codeId]));
    const evidenced = relations.filter((relation) => relation.evidence.codingIds.length > 0);
    expect(evidenced.length).toBeGreaterThanOrEqual(5);
    for (const relation of evidenced) {
      expect(DEFAULT_RELATION_TYPES).toContain(relation.type);
      const ends = [relation.fromNodeId, relation.toNodeId].map((id) => pathOf(nodes.get(id)?.refId ?? ''));
      for (const codingId of relation.evidence.codingIds) {
        const path = pathOf(codeOf.get(codingId) ?? '');
        expect(ends.some((end) => path === end || path.startsWith(`${end} / `)), `${ends.join(' → ')}: ${path}`).toBe(true);
      }
    }
    const unevidenced = relations.filter((relation) => relation.evidence.codingIds.length === 0 && relation.evidence.memoIds.length === 0);
    expect(unevidenced.map((relation) => [relation.type, relation.directed, relation.sign])).toEqual([['synergy', false, null]]);
    expect(relations.every((relation) => nodes.has(relation.fromNodeId) && nodes.has(relation.toNodeId))).toBe(true);
  });

  it('has contact summary sheets of the two interviews with Pak Harjo and Bu Wulan, themes linked to codes, by the current coder', async () => {
    const { db, project, data, pathOf } = await seeded();
    const sheets = await db.summarySheets.where('projectId').equals(project.id).toArray();
    const titleOf = new Map(data.sources.map((source) => [source.id, source.title]));
    expect(sheets.map((sheet) => [sheet.kind, titleOf.get(sheet.sourceId)]).sort()).toEqual([
      ['contact', 'Interview with Bu Wulan (association)'], ['contact', 'Interview with Pak Harjo (owner)'],
    ]);
    const questions = new Set(project.researchQuestions.map((question) => question.id));
    for (const sheet of sheets) {
      if (sheet.kind !== 'contact') throw new Error('not a contact summary');
      expect(sheet.authorId).toBe(await currentCoderId(db));
      expect(sheet.themeCodeIds.map(pathOf).every((path) => path !== '')).toBe(true);
      expect(sheet.themeCodeIds.length).toBeGreaterThanOrEqual(3);
      expect(Object.keys(sheet.researchQuestions).every((id) => questions.has(id))).toBe(true);
      for (const field of [sheet.mainThemes, sheet.salientPoints, sheet.nextQuestions, ...Object.values(sheet.researchQuestions)]) {
        expect(field.content).toBe(lexicalJsonFromPlainText(field.plainText));
        expect(field.plainText).not.toBe('');
      }
    }
  });
});
