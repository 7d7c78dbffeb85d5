// The row shape of every table of a project file, format 1, written from the model types: each shape is typed
// against its row type, so a field added to the model and not here (or the other way round) fails to compile.
// A table carried in no project file, or not as JSON, has null. A change of shape needs a new format version and a
// migration.
import type { AuditEvent, Code, Coder, Coding, Informant, Memo, Project, ProjectSettings, ResearchQuestion, SourceFormat, Turn } from '../model/index.ts';
import { ATTRIBUTE_TYPES, DECISION_CATEGORIES, SOURCE_KINDS } from '../model/index.ts';
import type { SourceRow, SourceTextRow, TableName } from '../project/tableRows.ts';
import { TEXT_UNITS } from '../text/textUnits.ts';
import {
  boolean, finiteNumber, listOf, nullable, objectOf, offset, oneOf, optional, recordOf, taggedBy, text, type Check, type Shape,
} from './rowSchema.ts';

const SOURCE_FORMATS = Object.keys({ txt: true, md: true, docx: true, odt: true, pdf: true, vtt: true, srt: true } satisfies Record<SourceFormat, true>);

const id = text;
const instant = text;

/** The project settings of format 1; later formats add fields to these. */
export const FORMAT_1_SETTINGS = {
  reportLanguage: text,
  rolePresets: listOf(text),
  attributeDefinitions: optional(listOf(objectOf<{ name: string; type: string }>({ name: text, type: oneOf(ATTRIBUTE_TYPES) }))),
  hitCodingScope: optional(oneOf(TEXT_UNITS)),
  keepOriginals: optional(boolean),
} satisfies Shape<Omit<ProjectSettings, 'relationTypes' | 'triangulationRule' | 'pseudonyms'>>;

/** The project row around a settings check. */
export const projectRowWith = (settings: Check): Check => objectOf<Project>({
  id, name: text, description: text,
  researchQuestions: listOf(objectOf<ResearchQuestion>({ id, text })),
  templateId: nullable(text), settings, createdAt: instant, updatedAt: instant, isExample: boolean,
});

const project = projectRowWith(objectOf<Omit<ProjectSettings, 'relationTypes' | 'triangulationRule' | 'pseudonyms'>>(FORMAT_1_SETTINGS));

const attributeValue = taggedBy('type', {
  text: objectOf<{ type: string; value: string }>({ type: text, value: text }),
  number: objectOf<{ type: string; value: number }>({ type: text, value: finiteNumber }),
  date: objectOf<{ type: string; value: string }>({ type: text, value: text }),
  boolean: objectOf<{ type: string; value: boolean }>({ type: text, value: boolean }),
});

const informant = objectOf<Informant>({
  id, projectId: id, pseudonym: text, role: text, attributes: recordOf(attributeValue), realName: nullable(text),
  createdAt: instant, updatedAt: instant,
});

const turn = objectOf<Turn>({ start: offset, end: offset, speaker: nullable(text), timestamp: nullable(text), page: optional(nullable(offset)) });

const source = objectOf<SourceRow>({
  id, projectId: id, kind: oneOf(SOURCE_KINDS), title: text, informantIds: listOf(id), speakerLinks: recordOf(id),
  date: nullable(text), language: text, format: oneOf(SOURCE_FORMATS), originalFileName: text, sha256: text, byteSize: offset,
  turns: listOf(turn), importedAt: instant, updatedAt: instant, wordCount: offset,
});

const sourceText = objectOf<SourceTextRow>({ sourceId: id, projectId: id, text });

/** The code row of formats 1 to 4; format 5 adds the anchor example. */
export const FORMAT_1_CODE = {
  id, projectId: id, parentId: nullable(id), order: finiteNumber, name: text, color: text, definition: text,
  inclusionCriteria: text, exclusionCriteria: text, example: text, modelRole: nullable(text), status: oneOf(['draft', 'stable']),
  counterEvidence: optional(boolean), createdAt: instant, updatedAt: instant,
} satisfies Shape<Omit<Code, 'anchorCodingId'>>;

const code = objectOf<Omit<Code, 'anchorCodingId'>>(FORMAT_1_CODE);

const coding = objectOf<Coding>({ id, projectId: id, sourceId: id, codeId: id, start: offset, end: offset, coderId: id, createdAt: instant });

const targetWithId = objectOf<{ kind: string; id: string }>({ kind: text, id });

/** The memo targets of formats 1 to 5 (format 6 lets a source target carry a range). */
export const FORMAT_1_MEMO_TARGETS = {
  project: objectOf<{ kind: string }>({ kind: text }),
  source: targetWithId, code: targetWithId, coding: targetWithId, display: targetWithId, conclusion: targetWithId,
} satisfies Record<Memo['target']['kind'], Check>;

/** The memo row of formats 1 to 5 without its target; format 6 adds the origin of an imported comment. */
export const FORMAT_1_MEMO = {
  id, projectId: id, targetKey: text, title: text, content: text, plainText: text, authorId: id,
  decisionCategory: optional(oneOf(DECISION_CATEGORIES)), createdAt: instant, updatedAt: instant,
} satisfies Shape<Omit<Memo, 'target' | 'origin'>>;

const memo = objectOf<Omit<Memo, 'origin'>>({ ...FORMAT_1_MEMO, target: taggedBy('kind', FORMAT_1_MEMO_TARGETS) });

/** Audit events travel without their database-local id. */
const auditEvent = objectOf<Omit<AuditEvent, 'id'>>({
  projectId: id, at: instant, actorId: id, action: text, objectType: text, objectId: id, detail: text,
});

const coder = objectOf<Coder>({ id, name: text, initials: text, createdAt: instant, updatedAt: instant });

/** The tables format 1 knew: later tables are absent from it (a migration adds them empty). */
export type Format1Table = Exclude<TableName, 'displays' | 'relations' | 'summarySheets' | 'conclusions' | 'memberChecks'>;

/** The row check of each table in format 1. */
export const FORMAT_1_ROWS: Record<Format1Table, Check | null> = {
  projects: project,
  informants: informant,
  sources: source,
  sourceTexts: sourceText,
  // Carried as originals/<sourceId>/<fileName> entries (their bytes as they are), not as a JSON table.
  sourceOriginals: null,
  codes: code,
  codings: coding,
  memos: memo,
  auditEvents: auditEvent,
  coders: coder,
  codebookTemplates: null,
  appState: null,
  projectFileLinks: null,
};
