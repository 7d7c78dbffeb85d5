// Conclusions' evidence that follows a coding when a code-tree action replaces it: a coding that collapsed into an
// exact twin (a merge of two codes, a recode onto a code that already covers the range) hands its place as evidence
// to the twin, so the conclusion still rests on the same words. Where the conclusion already has the twin with the
// same stance, the item is not doubled: the one already there stays. A coding that is simply deleted is not here;
// its evidence shows as lost on the conclusion (shared/analysis/conclusionEvidence.ts).
import type { Conclusion, EvidenceItem, Id, IsoInstant } from '../model/index.ts';

/** Coding id → the coding that took its place. */
export type CodingMoves = ReadonlyMap<Id, Id>;

const codingOf = (item: EvidenceItem): Id | null => (item.target.kind === 'coding' ? item.target.codingId : null);

/** The conclusions whose evidence names a moved coding, rewritten; the others are left out. */
export const retargetEvidence = (conclusions: readonly Conclusion[], moves: CodingMoves, now: IsoInstant): Conclusion[] =>
  conclusions.flatMap((conclusion) => {
    if (!conclusion.evidence.some((item) => moves.has(codingOf(item) ?? ''))) return [];
    const kept = new Set(conclusion.evidence.flatMap((item) => {
      const coding = codingOf(item);
      return coding === null || moves.has(coding) ? [] : [`${item.stance}:${coding}`];
    }));
    const evidence = conclusion.evidence.flatMap((item): EvidenceItem[] => {
      const coding = codingOf(item);
      const twin = coding === null ? undefined : moves.get(coding);
      if (twin === undefined) return [item];
      const key = `${item.stance}:${twin}`;
      if (kept.has(key)) return [];
      kept.add(key);
      return [{ ...item, target: { kind: 'coding', codingId: twin } }];
    });
    return [{ ...conclusion, evidence, updatedAt: now }];
  });
