// The row shapes of format 2: format 1's tables, the project settings' relation types, and the tables of the data
// displays (issue 9): displays with their definitions and cell notes, the relations of network displays, and the
// contact and document summary sheets. Typed against the model like format 1's, so a drifting field fails to compile.
import type {
  CellNote, ContactSummary, DisplayFilters, DocumentSummary, MatrixDisplayDefinition, NetworkDisplayDefinition, NetworkNode, ProjectSettings,
  Relation, RichText, UserPeriod, AttributeFilter, DisplaySort, Display,
} from '../model/index.ts';
import { DISPLAY_TYPES, SOURCE_KINDS } from '../model/index.ts';
import type { TableName } from '../project/tableRows.ts';
import {
  boolean, finiteNumber, listOf, nullable, objectOf, offset, oneOf, optional, recordOf, taggedBy, text, type Check, type Shape,
} from './rowSchema.ts';
import { FORMAT_1_ROWS, FORMAT_1_SETTINGS, projectRowWith } from './rowSchemas.ts';

const id = text;
const instant = text;

const richText = objectOf<RichText>({ content: text, plainText: text });

const filters = objectOf<DisplayFilters>({
  roles: optional(nullable(listOf(text))),
  sourceKinds: optional(nullable(listOf(oneOf(SOURCE_KINDS)))),
  coderIds: optional(nullable(listOf(id))),
  dateFrom: optional(nullable(text)),
  dateTo: optional(nullable(text)),
  attributes: optional(nullable(listOf(objectOf<AttributeFilter>({ name: text, values: listOf(text) })))),
});

const sort = objectOf<DisplaySort>({ by: oneOf(['reading', 'label', 'total']), direction: oneOf(['ascending', 'descending']) });

const period = objectOf<UserPeriod>({ id, label: text, from: text, to: text });

const kindOnly = objectOf<{ kind: string }>({ kind: text });

const matrixDefinition = objectOf<MatrixDisplayDefinition>({
  kind: text,
  rows: oneOf(['informant', 'role', 'source', 'source-kind', 'period']),
  cell: oneOf(['segments', 'informants', 'words', 'excerpts', 'summary']),
  codeIds: nullable(listOf(id)),
  withSubCodes: boolean,
  filters,
  rowOrder: optional(listOf(text)),
  clusterBy: optional(taggedBy('kind', {
    'model-role': kindOnly,
    'parent-codes': objectOf<{ kind: string; codeIds: string[] }>({ kind: text, codeIds: listOf(id) }),
  })),
  checklistCodeId: optional(nullable(id)),
  ratingScale: optional(listOf(text)),
  periods: optional(taggedBy('kind', {
    year: kindOnly,
    quarter: kindOnly,
    custom: objectOf<{ kind: string; periods: UserPeriod[] }>({ kind: text, periods: listOf(period) }),
  })),
  dateAttribute: optional(nullable(text)),
  splitByRole: optional(boolean),
  cooccurrence: optional(taggedBy('kind', {
    overlap: kindOnly,
    'same-turn': kindOnly,
    proximity: objectOf<{ kind: string; characters: number }>({ kind: text, characters: offset }),
  })),
  rowSort: sort,
  columnSort: sort,
  hideEmptyRows: boolean,
  hideEmptyColumns: boolean,
  heatShading: boolean,
});

const networkNode = objectOf<NetworkNode>({
  id, kind: oneOf(['code', 'informant', 'role', 'free']), refId: nullable(text), label: text, x: nullable(finiteNumber), y: nullable(finiteNumber),
});

const networkDefinition = objectOf<NetworkDisplayDefinition>({ kind: text, nodes: listOf(networkNode), direction: oneOf(['right', 'down']) });

const cellNote = objectOf<CellNote>({
  summary: richText, rating: nullable(text), quoteCodingId: nullable(id), evidenceSeen: listOf(id), updatedAt: instant,
});

const display = objectOf<Display>({
  id, projectId: id, name: text, type: oneOf(DISPLAY_TYPES),
  definition: taggedBy('kind', { matrix: matrixDefinition, network: networkDefinition }),
  cellNotes: recordOf(cellNote), includeInReport: boolean, createdAt: instant, updatedAt: instant,
});

const relation = objectOf<Relation>({
  id, projectId: id, displayId: id, fromNodeId: id, toNodeId: id, type: text, directed: boolean, sign: nullable(oneOf(['+', '-'])),
  note: text, evidence: objectOf<Relation['evidence']>({ codingIds: listOf(id), memoIds: listOf(id) }),
  suggestedCoefficient: nullable(finiteNumber), createdAt: instant, updatedAt: instant,
});

const sheetCommon = { id, projectId: id, sourceId: id, date: nullable(text), authorId: id, createdAt: instant, updatedAt: instant };

const summarySheet = taggedBy('kind', {
  contact: objectOf<ContactSummary>({
    ...sheetCommon, kind: text, contactType: text, mainThemes: richText, themeCodeIds: listOf(id),
    researchQuestions: recordOf(richText), salientPoints: richText, nextQuestions: richText,
  }),
  document: objectOf<DocumentSummary>({
    ...sheetCommon, kind: text, significance: richText, contentSummary: richText, associatedEvent: richText,
  }),
});

/** The project settings of format 2; format 3 adds the triangulation rule. */
export const FORMAT_2_SETTINGS = { ...FORMAT_1_SETTINGS, relationTypes: optional(listOf(text)) } satisfies Shape<Omit<ProjectSettings, 'triangulationRule' | 'pseudonyms'>>;

const settings = objectOf<Omit<ProjectSettings, 'triangulationRule' | 'pseudonyms'>>(FORMAT_2_SETTINGS);

/** The tables format 2 knew: the conclusions came with format 3, the member checks with format 4. */
export type Format2Table = Exclude<TableName, 'conclusions' | 'memberChecks'>;

/** The row check of each table in format 2. */
export const FORMAT_2_ROWS: Record<Format2Table, Check | null> = {
  ...FORMAT_1_ROWS,
  projects: projectRowWith(settings),
  displays: display,
  relations: relation,
  summarySheets: summarySheet,
};
