// The example's saved displays as rows: a role-ordered matrix of the four functions with written cell summaries, a
// triangulation matrix, the association-support checklist with ratings and quotes, and the ecosystem network with its
// typed relations (one of the custom type "synergy", unevidenced). Each note records as its evidence the codings its
// cell holds when computed by the shared builders, so no example cell starts flagged "evidence changed".
import { computeMatrixView } from '../analysis/displayView.ts';
import type { MatrixData } from '../analysis/matrixTypes.ts';
import { codePathNames, indexCodes } from '../codebook/index.ts';
import { lexicalJsonFromPlainText } from '../model/memoContent.ts';
import {
  cellKey, newId, type CellNote, type Code, type Coding, type Display, type DisplayType, type Id, type IsoInstant, type MatrixDisplayDefinition,
  type NetworkNode, type Relation,
} from '../model/index.ts';
import { newDisplayDefinition } from '../analysis/displayDefaults.ts';
import {
  EXAMPLE_CHECKLIST_CODE, EXAMPLE_CHECKLIST_ROWS, EXAMPLE_DISPLAY_NAMES, EXAMPLE_MODEL_CODES, EXAMPLE_NETWORK_CODES, EXAMPLE_RATINGS,
  EXAMPLE_RELATIONS, EXAMPLE_ROLE_SUMMARIES, type CodePath,
} from './exampleDisplayContent.ts';

export type ExampleDisplayInput = {
  projectId: Id;
  /** The project's roles in the order the role-ordered matrix lists them. */
  roles: readonly string[];
  data: MatrixData;
  at: IsoInstant;
};

/** Finds the example's codes by path and its codings by the phrase they cover; throws naming what is missing. */
const lookups = (data: MatrixData) => {
  const byId = indexCodes(data.codes);
  const byPath = new Map(data.codes.map((code) => [codePathNames(byId, code.id).join(' / '), code]));
  const texts = new Map(data.sources.map((source) => [source.id, source.text]));
  const byQuote = new Map(data.codings.map((coding) => [texts.get(coding.sourceId)?.slice(coding.start, coding.end), coding]));
  return {
    code: (path: CodePath): Code => byPath.get(path.join(' / ')) ?? failure(`no code ${path.join(' / ')}`),
    coding: (quote: string): Coding => byQuote.get(quote) ?? failure(`no coding of "${quote}"`),
  };
};

const failure = (what: string): never => {
  throw new Error(`Example display: ${what}`);
};

const note = (text: string, rating: string | null, quoteCodingId: Id | null, at: IsoInstant): CellNote => ({
  summary: { content: lexicalJsonFromPlainText(text), plainText: text }, rating, quoteCodingId, evidenceSeen: [], updatedAt: at,
});

type MatrixDisplayInput = { name: string; type: DisplayType; definition: MatrixDisplayDefinition; notes: Record<string, CellNote>; includeInReport: boolean };

/** A matrix display, its notes given the evidence of their cells as computed now. */
const matrixDisplay = (input: ExampleDisplayInput, { name, type, definition, notes, includeInReport }: MatrixDisplayInput): Display => {
  const display: Display = {
    id: newId(), projectId: input.projectId, name, type, definition, cellNotes: notes, includeInReport, createdAt: input.at, updatedAt: input.at,
  };
  const evidence = new Map(computeMatrixView(input.data, display).cells.flat().map((cell) => [cell.key, cell.codingIds]));
  const cellNotes = Object.fromEntries(Object.entries(notes).map(([key, cellNote]) => [key, { ...cellNote, evidenceSeen: [...(evidence.get(key) ?? [])] }]));
  return { ...display, cellNotes };
};

const matrixDefaults = (type: DisplayType): MatrixDisplayDefinition => {
  const definition = newDisplayDefinition(type);
  return definition.kind === 'matrix' ? definition : failure(`${type} is not a matrix`);
};

const roleOrdered = (input: ExampleDisplayInput, find: ReturnType<typeof lookups>): Display => {
  const notes = Object.fromEntries(EXAMPLE_ROLE_SUMMARIES.map((summary) => [cellKey(summary.role, find.code(summary.code).id), note(summary.text, null, null, input.at)]));
  const definition: MatrixDisplayDefinition = {
    ...matrixDefaults('role-ordered'), codeIds: EXAMPLE_MODEL_CODES.map((path) => find.code(path).id), withSubCodes: true, rowOrder: [...input.roles],
  };
  return matrixDisplay(input, { name: EXAMPLE_DISPLAY_NAMES.roleOrdered, type: 'role-ordered', definition, notes, includeInReport: true });
};

const triangulation = (input: ExampleDisplayInput, find: ReturnType<typeof lookups>): Display => {
  const definition: MatrixDisplayDefinition = {
    ...matrixDefaults('triangulation'), codeIds: [...EXAMPLE_MODEL_CODES, ['Internationalization outcomes']].map((path) => find.code(path).id), withSubCodes: true,
  };
  return matrixDisplay(input, { name: EXAMPLE_DISPLAY_NAMES.triangulation, type: 'triangulation', definition, notes: {}, includeInReport: false });
};

/** Rows: the support sub-codes; columns: roles. A rating's quote is one of the codings of its cell. */
const checklist = (input: ExampleDisplayInput, find: ReturnType<typeof lookups>): Display => {
  const notes = Object.fromEntries(EXAMPLE_RATINGS.map((rating) => [
    cellKey(find.code([...EXAMPLE_CHECKLIST_CODE, rating.support]).id, rating.role),
    note(rating.text, rating.rating, rating.quote === null ? null : find.coding(rating.quote).id, input.at),
  ]));
  const definition: MatrixDisplayDefinition = {
    ...matrixDefaults('checklist'), checklistCodeId: find.code(EXAMPLE_CHECKLIST_CODE).id,
    codeIds: EXAMPLE_CHECKLIST_ROWS.map((name) => find.code([...EXAMPLE_CHECKLIST_CODE, name]).id), withSubCodes: true,
  };
  return matrixDisplay(input, { name: EXAMPLE_DISPLAY_NAMES.checklist, type: 'checklist', definition, notes, includeInReport: false });
};

const network = (input: ExampleDisplayInput, find: ReturnType<typeof lookups>): { display: Display; relations: Relation[] } => {
  const nodes: NetworkNode[] = EXAMPLE_NETWORK_CODES.map((path) => {
    const code = find.code(path);
    return { id: newId(), kind: 'code', refId: code.id, label: code.name, x: null, y: null };
  });
  const nodeOf = new Map(nodes.map((node) => [node.refId, node.id]));
  const nodeId = (path: CodePath): Id => nodeOf.get(find.code(path).id) ?? failure(`no node of ${path.join(' / ')}`);
  const display: Display = {
    id: newId(), projectId: input.projectId, name: EXAMPLE_DISPLAY_NAMES.network, type: 'network', definition: { kind: 'network', nodes, direction: 'right' },
    cellNotes: {}, includeInReport: true, createdAt: input.at, updatedAt: input.at,
  };
  const relations = EXAMPLE_RELATIONS.map((relation): Relation => ({
    id: newId(), projectId: input.projectId, displayId: display.id, fromNodeId: nodeId(relation.from), toNodeId: nodeId(relation.to), type: relation.type,
    directed: relation.directed, sign: relation.sign, note: relation.note, evidence: { codingIds: relation.evidence.map((quote) => find.coding(quote).id), memoIds: [] },
    suggestedCoefficient: null, createdAt: input.at, updatedAt: input.at,
  }));
  return { display, relations };
};

/** The example's displays and the relations of its network. */
export const exampleDisplays = (input: ExampleDisplayInput): { displays: Display[]; relations: Relation[] } => {
  const find = lookups(input.data);
  const ecosystem = network(input, find);
  return { displays: [roleOrdered(input, find), triangulation(input, find), checklist(input, find), ecosystem.display], relations: ecosystem.relations };
};
