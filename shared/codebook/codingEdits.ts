// Applying and removing codings (coded segments) as codebook changes, so coding is undoable like tree edits.
import type { Coding } from '../model/codebook.ts';
import type { Id } from '../model/ids.ts';
import { commitChange, emptyChange, type Codebook, type CodebookOutcome } from './codebookChange.ts';
import { CodebookError } from './codebookError.ts';
import { findCode } from './codeEdits.ts';
import { resolveContext, type OperationContext } from './operationContext.ts';

export type CodingRequest = {
  projectId: Id;
  sourceId: Id;
  codeId: Id;
  start: number;
  end: number;
  coder: string;
  /** Length of the source's text, to refuse ranges outside it. */
  textLength: number;
};

const assertRange = (request: CodingRequest): void => {
  const { start, end, textLength } = request;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > textLength || start >= end) {
    throw new CodebookError('codebook.error.invalidRange', { start, end, length: textLength });
  }
};

/**
 * Codes one or more passages in one change (a selection, or the ticked hits of "code all hits"). A passage the
 * code already covers exactly is skipped, so repeating an action never creates duplicates.
 */
export const applyCodings = (
  codebook: Codebook,
  requests: readonly CodingRequest[],
  context?: OperationContext,
): CodebookOutcome<{ created: Coding[]; skipped: number }> => {
  const { now, newId } = resolveContext(context);
  // Only codings of the same code in the same source can be repeats; keying just those keeps this fast at 40k codings.
  const pairs = new Set(requests.map((request) => `${request.codeId}\u0000${request.sourceId}`));
  const codeIds = new Set(requests.map((request) => request.codeId));
  const existing = new Set<string>();
  for (const coding of codebook.codings) {
    if (codeIds.has(coding.codeId) && pairs.has(`${coding.codeId}\u0000${coding.sourceId}`)) existing.add(`${coding.codeId}\u0000${coding.sourceId}\u0000${coding.start}\u0000${coding.end}`);
  }
  const created: Coding[] = [];
  let skipped = 0;
  for (const request of requests) {
    findCode(codebook, request.codeId);
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
      coder: request.coder,
      createdAt: now,
      memoId: null,
    });
  }
  const change = emptyChange();
  change.putCodings = created;
  return commitChange(codebook, change, { created, skipped });
};

export const removeCodings = (codebook: Codebook, codingIds: readonly Id[]): CodebookOutcome<{ removed: Coding[] }> => {
  const wanted = new Set(codingIds);
  const removed = codebook.codings.filter((coding) => wanted.has(coding.id));
  if (removed.length !== wanted.size) throw new CodebookError('codebook.error.codingNotFound');
  const change = emptyChange();
  change.deleteCodingIds = removed.map((coding) => coding.id);
  return commitChange(codebook, change, { removed });
};

/**
 * Points a coding at another code (the "change code" action on a coded passage). When the other code already
 * covers exactly this passage, the coding is removed instead of duplicated, and `coding` is the existing one.
 */
export const recodeCoding = (codebook: Codebook, codingId: Id, codeId: Id): CodebookOutcome<{ coding: Coding }> => {
  findCode(codebook, codeId);
  const coding = findCoding(codebook, codingId);
  const change = emptyChange();
  if (coding.codeId === codeId) return commitChange(codebook, change, { coding });
  const twin = codebook.codings.find(
    (other) => other.codeId === codeId && other.sourceId === coding.sourceId && other.start === coding.start && other.end === coding.end,
  );
  if (twin !== undefined) {
    change.deleteCodingIds.push(coding.id);
    return commitChange(codebook, change, { coding: twin });
  }
  const updated = { ...coding, codeId };
  change.putCodings.push(updated);
  return commitChange(codebook, change, { coding: updated });
};

/** Attaches (or with null detaches) a segment memo. */
export const setCodingMemo = (codebook: Codebook, codingId: Id, memoId: Id | null): CodebookOutcome<{ coding: Coding }> => {
  const coding = findCoding(codebook, codingId);
  const updated = { ...coding, memoId };
  const change = emptyChange();
  if (coding.memoId !== memoId) change.putCodings.push(updated);
  return commitChange(codebook, change, { coding: updated });
};

const findCoding = (codebook: Codebook, codingId: Id): Coding => {
  const coding = codebook.codings.find((candidate) => candidate.id === codingId);
  if (coding === undefined) throw new CodebookError('codebook.error.codingNotFound');
  return coding;
};
