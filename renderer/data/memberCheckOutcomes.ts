// What changed because of a member check, and the informant's words as a source. An outcome is linked only to what
// is really there: a transcript correction to a correction event of that source in the audit trail, a conclusion's
// change to a conclusion of the project; "kept" needs its reason. A status change made from a check is one step with
// its outcome. The words become a codable source (exactly the words, credited to the informant) in the same commit
// that links it to the check.
import { sha256Hex } from '../../shared/import/importFile.ts';
import type { ImportedSource } from '../../shared/import/importTypes.ts';
import { formatDate, t } from '../../shared/i18n/translate.ts';
import {
  conclusionStatus, type ConclusionStatus, type Id, type IsoInstant, type MemberCheck, type MemberCheckOutcome, type Turn,
} from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { newSourceRows, type SourceImportMeta } from '../../shared/project/sourceRows.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';
import { itemOf, withItem, writeMemberCheck } from './memberCheckWrite.ts';
import { conclusionName } from './conclusions.ts';

export type SourceCorrection = { at: IsoInstant; actorId: Id; detail: string };

/** The corrections made to a source through correction mode, newest first, as the audit trail records them. */
export const sourceCorrections = async (db: CaseweaveDatabase, sourceId: Id): Promise<SourceCorrection[]> =>
  (await db.auditEvents.where('objectId').equals(sourceId).toArray())
    .filter((event) => event.objectType === 'source' && event.action === 'correct')
    .sort((a, b) => b.at.localeCompare(a.at) || (b.id ?? 0) - (a.id ?? 0))
    .map(({ at, actorId, detail }) => ({ at, actorId, detail }));

const conclusionOfProject = async (db: CaseweaveDatabase, conclusionId: Id, projectId: Id) => {
  const conclusion = await db.conclusions.get(conclusionId);
  if (conclusion?.projectId !== projectId) throw new DataError('data.error.conclusionNotFound');
  return conclusion;
};

/** The outcome checked against the project and trimmed. */
const checkedOutcome = async (db: CaseweaveDatabase, projectId: Id, outcome: MemberCheckOutcome): Promise<MemberCheckOutcome> => {
  if (outcome.kind === 'kept') {
    const reason = outcome.reason.trim();
    if (reason === '') throw new DataError('data.error.memberCheckKeptReasonEmpty');
    return { kind: 'kept', reason };
  }
  if (outcome.kind === 'transcript-correction') {
    const source = await db.sources.get(outcome.sourceId);
    const corrected = source?.projectId === projectId && (await sourceCorrections(db, outcome.sourceId)).some((event) => event.at === outcome.correctedAt);
    if (!corrected) throw new DataError('data.error.memberCheckCorrectionNotFound');
    return { kind: 'transcript-correction', sourceId: outcome.sourceId, correctedAt: outcome.correctedAt, note: outcome.note.trim() };
  }
  await conclusionOfProject(db, outcome.conclusionId, projectId);
  return { kind: outcome.kind, conclusionId: outcome.conclusionId, note: outcome.note.trim() };
};

export const addOutcome = (db: CaseweaveDatabase, id: Id, itemId: Id, outcome: MemberCheckOutcome, undo?: UndoManager): Promise<void> =>
  writeMemberCheck(db, id, async (check) => {
    itemOf(check, itemId);
    const checked = await checkedOutcome(db, check.projectId, outcome);
    return { check: withItem(check, itemId, (item) => ({ ...item, outcomes: [...item.outcomes, checked] })), detail: checked.kind, result: undefined };
  }, { action: 'add-outcome', label: 'data.undo.addMemberCheckOutcome' }, undo);

export const removeOutcome = (db: CaseweaveDatabase, id: Id, itemId: Id, outcomeIndex: number, undo?: UndoManager): Promise<void> =>
  writeMemberCheck(db, id, (check) => {
    const removed = itemOf(check, itemId).outcomes[outcomeIndex];
    if (removed === undefined) throw new DataError('data.error.memberCheckOutcomeNotFound');
    const outcomes = (item: MemberCheck['items'][number]) => item.outcomes.filter((_, index) => index !== outcomeIndex);
    return { check: withItem(check, itemId, (item) => ({ ...item, outcomes: outcomes(item) })), detail: removed.kind, result: undefined };
  }, { action: 'remove-outcome', label: 'data.undo.removeMemberCheckOutcome' }, undo);

/**
 * The conclusion's new status (its reason required) and the item's 'conclusion-status' outcome naming it, in one
 * commit and one undo step. Refused when the conclusion already has that status: nothing would have changed.
 */
export const changeConclusionStatusFromCheck = (
  db: CaseweaveDatabase, id: Id, itemId: Id, conclusionId: Id, status: ConclusionStatus, reason: string, undo?: UndoManager,
): Promise<void> =>
  writeMemberCheck(db, id, async (check, { at, coderId }) => {
    itemOf(check, itemId);
    const conclusion = await conclusionOfProject(db, conclusionId, check.projectId);
    const why = reason.trim();
    if (why === '') throw new DataError('data.error.conclusionStatusReasonEmpty');
    if (conclusionStatus(conclusion) === status) throw new DataError('data.error.memberCheckStatusUnchanged');
    const changed = { ...conclusion, statusHistory: [...conclusion.statusHistory, { status, reason: why, coderId, at }], updatedAt: at };
    const outcome: MemberCheckOutcome = { kind: 'conclusion-status', conclusionId, note: why };
    return {
      check: withItem(check, itemId, (item) => ({ ...item, outcomes: [...item.outcomes, outcome] })),
      also: tableChange('conclusions', [changed]),
      // The conclusion's own history shows the change, as it shows one made on its page.
      subject: { objectType: 'conclusion', objectId: conclusionId, action: 'change-status', detail: `${conclusionName(conclusion)}: ${status} (${why})` },
      result: undefined,
    };
  }, { action: 'change-conclusion-status', label: 'data.undo.changeConclusionStatusFromCheck' }, undo);

/** Paragraph turns (split at blank lines) with offsets into the text exactly as given, so the source is the words. */
const paragraphTurns = (text: string): Turn[] => {
  const turns: Turn[] = [];
  const add = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const start = from + piece.length - piece.trimStart().length;
    const length = piece.trim().length;
    if (length > 0) turns.push({ start, end: start + length, speaker: null, timestamp: null });
  };
  let from = 0;
  for (const separator of text.matchAll(/\n[ \t]*\n/g)) {
    add(from, separator.index);
    from = separator.index + separator[0].length;
  }
  add(from, text.length);
  return turns;
};

const wordsSource = (check: MemberCheck, pseudonym: string, sha256: string, byteSize: number): ImportedSource => {
  const answeredOn = check.answeredOn === null ? t('data.memberCheck.notAnswered') : formatDate(check.answeredOn);
  const title = t('data.memberCheck.wordsSourceTitle', { pseudonym, answeredOn });
  return {
    fileName: `${title}.txt`, format: 'txt', kind: 'other', title, language: check.language, date: check.answeredOn, sha256, byteSize,
    text: check.words, turns: paragraphTurns(check.words), speakers: [],
  };
};

/**
 * The informant's words become a source (kind 'other', credited to them, in the check's language, dated the day
 * they answered) in the commit that links it to the check. Refused when there are no words or they were imported.
 */
export const importWordsAsSource = async (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<Id> => {
  // The hash is worked out before the write: a transaction must await nothing but the database.
  const words = (await db.memberChecks.get(id))?.words ?? '';
  const bytes = new TextEncoder().encode(words);
  const sha256 = await sha256Hex(bytes);
  const sourceId = await writeMemberCheck(db, id, (check, { at, pseudonym }) => {
    if (check.wordsSourceId !== null) throw new DataError('data.error.memberCheckWordsImported');
    if (check.words.trim() === '') throw new DataError('data.error.memberCheckWordsEmpty');
    // Edited meanwhile: nothing is written, and the import starts again with the words as they are now.
    if (check.words !== words) return { check, result: null, nothing: true };
    const meta: SourceImportMeta = { kind: 'other', title: '', informantIds: [check.informantId], date: check.answeredOn, language: check.language };
    const { source, change } = newSourceRows(check.projectId, wordsSource(check, pseudonym, sha256, bytes.byteLength), meta, [check.informantId], at);
    return { check: { ...check, wordsSourceId: source.id }, also: change, detail: source.title, result: source.id };
  }, { action: 'import-words', label: 'data.undo.importMemberCheckWords' }, undo);
  return sourceId ?? importWordsAsSource(db, id, undo);
};
