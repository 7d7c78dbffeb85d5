// Merging one code into another: codings move over (exact duplicates collapse), sub-codes move under the target
// (a sub-code whose name already exists there is merged into its namesake), the merged code's definition, criteria
// and example are appended to the target's, and the merged code is removed.
import type { Code, Coding } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { codingChange, outcomeOf, type CodingChangeParts, type CodingOutcome, type CodingSnapshot } from './codingSnapshot.ts';
import { CodebookError } from './codebookError.ts';
import { findCode } from './codeEdits.ts';
import { codeNameKey } from './codeNames.ts';
import { descendantIds } from './codeTree.ts';
import { withMergedTexts } from './mergedCodeTexts.ts';
import { resolveContext, type OperationContext } from './operationContext.ts';

export type MergeReport = {
  /** Every code that disappeared, mapped to the code that absorbed it (memos on codes can be re-targeted with it). */
  absorbedInto: Record<Id, Id>;
  /** Codings re-pointed to the absorbing code. */
  movedCodingCount: number;
  /** Codings dropped because the absorbing code already covered the same range. */
  collapsedCodingCount: number;
  /** Every coding dropped as a duplicate, mapped to the coding of the absorbing code that covers its range. */
  collapsedInto: Record<Id, Id>;
};

const rangeKey = (coding: Coding): string => `${coding.sourceId}\u0000${coding.start}\u0000${coding.end}`;

/** Merges the code `fromCodeId` into `intoCodeId`. Refuses merging a code into itself or into its own sub-code. */
export const mergeCodes = (
  snapshot: CodingSnapshot,
  fromCodeId: Id,
  intoCodeId: Id,
  context?: OperationContext,
): CodingOutcome<{ report: MergeReport }> => {
  const { now } = resolveContext(context);
  const from = findCode(snapshot, fromCodeId);
  const into = findCode(snapshot, intoCodeId);
  if (fromCodeId === intoCodeId) throw new CodebookError('codebook.error.mergeSameCode');
  if (descendantIds(snapshot.codes, fromCodeId).has(intoCodeId)) {
    throw new CodebookError('codebook.error.mergeIntoOwnSubtree', { source: from.name, target: into.name });
  }

  const codes = new Map(snapshot.codes.map((code) => [code.id, code]));
  const codings = new Map(snapshot.codings.map((coding) => [coding.id, coding]));
  const codingsByCode = new Map<Id, Coding[]>();
  for (const coding of snapshot.codings) {
    const list = codingsByCode.get(coding.codeId);
    if (list === undefined) codingsByCode.set(coding.codeId, [coding]);
    else list.push(coding);
  }
  const touchedCodes = new Set<Id>();
  const touchedCodings = new Set<Id>();
  const report: MergeReport = { absorbedInto: {}, movedCodingCount: 0, collapsedCodingCount: 0, collapsedInto: {} };

  const childrenOf = (parentId: Id | null): Code[] =>
    [...codes.values()].filter((code) => code.parentId === parentId).sort((a, b) => a.order - b.order);

  const putCode = (code: Code): void => {
    codes.set(code.id, code);
    touchedCodes.add(code.id);
  };

  const moveCodings = (fromId: Id, intoId: Id): void => {
    const kept = new Map<string, Coding>();
    for (const coding of codingsByCode.get(intoId) ?? []) kept.set(rangeKey(coding), codings.get(coding.id) ?? coding);
    const moved: Coding[] = [];
    for (const coding of codingsByCode.get(fromId) ?? []) {
      touchedCodings.add(coding.id);
      const duplicate = kept.get(rangeKey(coding));
      if (duplicate === undefined) {
        const repointed = { ...coding, codeId: intoId };
        codings.set(coding.id, repointed);
        kept.set(rangeKey(coding), repointed);
        moved.push(repointed);
        report.movedCodingCount += 1;
        continue;
      }
      codings.delete(coding.id);
      report.collapsedCodingCount += 1;
      report.collapsedInto[coding.id] = duplicate.id;
    }
    codingsByCode.set(intoId, [...(codingsByCode.get(intoId) ?? []), ...moved]);
    codingsByCode.delete(fromId);
  };

  // Codes being absorbed are never a namesake target (merging a code into its own parent can meet its own name).
  const absorbing = new Set<Id>();
  const receivers = new Set<Id | null>([from.parentId]);
  // Moved sub-codes go after the receiver's own children, in their old order; renumbered below.
  let appendedOrder = 1_000_000_000;

  const absorb = (fromId: Id, intoId: Id): void => {
    absorbing.add(fromId);
    receivers.add(intoId);
    moveCodings(fromId, intoId);
    for (const child of childrenOf(fromId)) {
      const namesake = childrenOf(intoId).find(
        (existing) => !absorbing.has(existing.id) && codeNameKey(existing.name) === codeNameKey(child.name),
      );
      if (namesake !== undefined) {
        absorb(child.id, namesake.id);
      } else {
        putCode({ ...child, parentId: intoId, order: appendedOrder++, updatedAt: now });
      }
    }
    const target = codes.get(intoId);
    const absorbed = codes.get(fromId);
    if (target !== undefined && absorbed !== undefined) {
      const kept = withMergedTexts(target, absorbed);
      if (kept !== target) putCode({ ...kept, updatedAt: now });
    }
    codes.delete(fromId);
    touchedCodes.add(fromId);
    report.absorbedInto[fromId] = intoId;
  };

  absorb(fromCodeId, intoCodeId);
  // Renumber every level that gained sub-codes (moved ones were put last) or lost the merged code.
  for (const parentId of receivers) {
    const level = [...codes.values()].filter((code) => code.parentId === parentId).sort((a, b) => a.order - b.order);
    level.forEach((code, order) => {
      if (code.order !== order) putCode({ ...code, order, updatedAt: now });
    });
  }

  const parts: Required<CodingChangeParts> = { putCodes: [], deleteCodeIds: [], putCodings: [], deleteCodingIds: [] };
  for (const id of touchedCodes) {
    const code = codes.get(id);
    if (code === undefined) parts.deleteCodeIds.push(id);
    else parts.putCodes.push(code);
  }
  for (const id of touchedCodings) {
    const coding = codings.get(id);
    if (coding === undefined) parts.deleteCodingIds.push(id);
    else parts.putCodings.push(coding);
  }
  return outcomeOf(snapshot, codingChange(parts), { report });
};
