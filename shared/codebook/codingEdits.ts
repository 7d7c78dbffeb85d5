// Applying, removing and recoding codings as project changes, so coding is undoable like tree edits.
import type { Coding } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { codingChange, outcomeOf, type CodingOutcome, type CodingSnapshot } from './codingSnapshot.ts';
import { CodebookError } from './codebookError.ts';
import { findCode } from './codeEdits.ts';
import { resolveContext, type OperationContext } from './operationContext.ts';

/** The coding to make, and the length of its source's text (to refuse ranges outside it). */
export type CodingRequest = Pick<Coding, 'projectId' | 'sourceId' | 'codeId' | 'start' | 'end' | 'coderId'> & { textLength: number };

const assertRange = (request: CodingRequest): void => {
  const { start, end, textLength } = request;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > textLength || start >= end) {
    throw new CodebookError('coding.error.invalidRange', { start, end, length: textLength });
  }
};

/**
 * Codes one or more ranges in one change (a selection, or the ticked hits of "code all hits"). A range the
 * code already covers exactly is skipped, so repeating an action never creates duplicates.
 */
export const applyCodings = (
  snapshot: CodingSnapshot,
  requests: readonly CodingRequest[],
  context?: OperationContext,
): CodingOutcome<{ created: Coding[]; skipped: number }> => {
  const { now, newId } = resolveContext(context);
  // Only codings of the same code in the same source can be repeats; keying just those keeps this fast at 40k codings.
  const pairs = new Set(requests.map((request) => `${request.codeId}\u0000${request.sourceId}`));
  const codeIds = new Set(requests.map((request) => request.codeId));
  const existing = new Set<string>();
  for (const coding of snapshot.codings) {
    if (codeIds.has(coding.codeId) && pairs.has(`${coding.codeId}\u0000${coding.sourceId}`)) existing.add(`${coding.codeId}\u0000${coding.sourceId}\u0000${coding.start}\u0000${coding.end}`);
  }
  const created: Coding[] = [];
  let skipped = 0;
  for (const request of requests) {
    findCode(snapshot, request.codeId);
    assertRange(request);
    const key = `${request.codeId}\u0000${request.sourceId}\u0000${request.start}\u0000${request.end}`;
    if (existing.has(key)) {
      skipped += 1;
      continue;
    }
    existing.add(key);
    created.push({
      id: newId(),
      projectId: request.projectId,
      sourceId: request.sourceId,
      codeId: request.codeId,
      start: request.start,
      end: request.end,
      coderId: request.coderId,
      createdAt: now,
    });
  }
  return outcomeOf(snapshot, codingChange({ putCodings: created }), { created, skipped });
};

export const removeCodings = (snapshot: CodingSnapshot, codingIds: readonly Id[]): CodingOutcome<{ removed: Coding[] }> => {
  const wanted = new Set(codingIds);
  const removed = snapshot.codings.filter((coding) => wanted.has(coding.id));
  if (removed.length !== wanted.size) throw new CodebookError('coding.error.notFound');
  return outcomeOf(snapshot, codingChange({ deleteCodingIds: removed.map((coding) => coding.id) }), { removed });
};

/**
 * Points a coding at another code (the "change code" action in the coding popover). When the other code already
 * covers exactly this range, the coding is removed instead of duplicated, and `coding` is the existing one.
 */
export const recodeCoding = (snapshot: CodingSnapshot, codingId: Id, codeId: Id): CodingOutcome<{ coding: Coding }> => {
  findCode(snapshot, codeId);
  const coding = findCoding(snapshot, codingId);
  if (coding.codeId === codeId) return outcomeOf(snapshot, codingChange({}), { coding });
  const twin = snapshot.codings.find(
    (other) => other.codeId === codeId && other.sourceId === coding.sourceId && other.start === coding.start && other.end === coding.end,
  );
  if (twin !== undefined) {
    return outcomeOf(snapshot, codingChange({ deleteCodingIds: [coding.id] }), { coding: twin });
  }
  const updated = { ...coding, codeId };
  return outcomeOf(snapshot, codingChange({ putCodings: [updated] }), { coding: updated });
};

const findCoding = (snapshot: CodingSnapshot, codingId: Id): Coding => {
  const coding = snapshot.codings.find((candidate) => candidate.id === codingId);
  if (coding === undefined) throw new CodebookError('coding.error.notFound');
  return coding;
};
