// Why a project file is refused, and what repairing one would change: typed, with the i18n key and parameters of
// the message the user reads (which always names the file), so every caller (dialog, CLI, tests) words it alike.
import { t, type Locale, type MessageKey, type MessageParams } from '../i18n/translate.ts';
import type { Id } from '../model/index.ts';

export type ProjectFileProblemCode =
  | 'empty' | 'notZip' | 'notCaseweave' | 'truncated' | 'unsafeEntry' | 'zipBomb' | 'manifestDamaged' | 'newerFormat'
  | 'missingEntry' | 'entryUnreadable' | 'hashMismatch' | 'invalidJson' | 'unknownTable' | 'schema' | 'duplicateId'
  | 'projectMismatch' | 'foreignRow' | 'missingSourceText' | 'missingParentCode' | 'codeCycle' | 'displayDefinition'
  | 'conclusionDamaged' | 'memberCheckDamaged';

/** A message of the user's language: its key and parameters (translated when shown). */
export type ProjectFileMessage = { key: MessageKey; params: MessageParams };

export type ProjectFileProblem = ProjectFileMessage & { code: ProjectFileProblemCode };

export const projectFileProblem = (code: ProjectFileProblemCode, file: string, params: MessageParams = {}): ProjectFileProblem => ({
  code,
  key: `projectFile.problem.${code}` satisfies MessageKey,
  params: { file, ...params },
});

/** Thrown inside the reader to stop at the first problem; readProjectFile turns it into `{ ok: false }`. */
export class ProjectFileRefusal extends Error {
  readonly problems: readonly ProjectFileProblem[];
  constructor(problems: ProjectFileProblem | readonly ProjectFileProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((problem) => t(problem.key, problem.params, 'en')).join('\n'));
    this.name = 'ProjectFileRefusal';
    this.problems = list;
  }
}

/** The text of a problem or repair in `locale` (the active one by default). */
export const projectFileMessageText = (message: ProjectFileMessage, locale?: Locale): string => t(message.key, message.params, locale);

export type RepairAction =
  | { kind: 'removeCoding'; codingId: Id }
  | { kind: 'shortenCoding'; codingId: Id; end: number }
  | { kind: 'widenCoding'; codingId: Id; start: number; end: number }
  | { kind: 'removeMemo'; memoId: Id }
  | { kind: 'setMemoTargetKey'; memoId: Id; targetKey: string }
  | { kind: 'unlinkInformant'; sourceId: Id; informantId: Id }
  | { kind: 'unlinkSpeaker'; sourceId: Id; speaker: string }
  | { kind: 'removeSourceText'; sourceId: Id }
  | { kind: 'removeOriginal'; sourceId: Id }
  | { kind: 'removeRelation'; relationId: Id }
  | { kind: 'removeSummarySheet'; sheetId: Id }
  | { kind: 'clearRival'; conclusionId: Id }
  | { kind: 'removeMemberCheck'; memberCheckId: Id }
  | { kind: 'unlinkWordsSource'; memberCheckId: Id }
  | { kind: 'clearCodeAnchor'; codeId: Id }
  | { kind: 'dropMemoRange'; memoId: Id };

/** A safe repair of a file's integrity problem, described for the user who must agree to it. */
export type Repair = { action: RepairAction; message: ProjectFileMessage };
