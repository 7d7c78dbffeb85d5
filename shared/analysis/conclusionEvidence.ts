// The facts behind a conclusion's evidence (issue 10), for the triangulation rule (triangulation.ts): a coded excerpt
// rests on its source's kind and date, the informants the one attribution rule gives it, and its coder; a display
// cell on the codings it holds; a memo about a coding or a source on that coding or source (a memo about anything else
// is the researcher's own writing, not data); a member-check response on the informant who answered, the day they
// answered and the kind of the source their words were imported as (none before they are: docs/triangulation.md).
// Evidence whose coding was deleted rests on nothing and is reported as lost, never silently dropped.
import type { Coding, Conclusion, EvidenceItem, Id, Memo, MemberCheck } from '../model/index.ts';
import { attributeRange, prepareAttribution, type SourceAttribution } from './attribution.ts';
import type { MatrixData, MatrixSource } from './matrixTypes.ts';
import { representativeness, triangulate, type EvidenceFacts, type Representativeness, type Triangulation } from './triangulation.ts';
import type { TriangulationRule } from '../model/conclusion.ts';

export type EvidenceLookups = {
  /** The codings a display cell holds now (computed by the caller with computeMatrixView); undefined: the cell is gone. */
  cellCodingIds?: (displayId: Id, cellKey: string) => readonly Id[] | undefined;
  memos?: ReadonlyMap<Id, Pick<Memo, 'target'>>;
  /** The project's member checks; a response whose record or item is gone is lost. */
  memberChecks?: readonly ResolvedMemberCheck[];
};

export type ResolvedMemberCheck = Pick<MemberCheck, 'id' | 'informantId' | 'answeredOn' | 'wordsSourceId' | 'items'>;

export type ConclusionAssessment = {
  triangulation: Triangulation;
  representativeness: Representativeness;
  /** Evidence items whose coding, cell, memo or member check no longer exists. */
  lost: EvidenceItem[];
};

const NOTHING: EvidenceFacts = { sourceKinds: [], informants: [], coderIds: [], dates: [] };

const merge = (facts: readonly EvidenceFacts[]): EvidenceFacts => ({
  sourceKinds: facts.flatMap((fact) => fact.sourceKinds),
  informants: facts.flatMap((fact) => fact.informants),
  coderIds: facts.flatMap((fact) => fact.coderIds),
  dates: facts.flatMap((fact) => fact.dates),
});

/** Resolves evidence over one project's data; sources are prepared for attribution once, on first use. */
export const evidenceResolver = (data: MatrixData, lookups: EvidenceLookups = {}) => {
  const sources = new Map<Id, MatrixSource>(data.sources.map((source) => [source.id, source]));
  const codings = new Map<Id, Coding>(data.codings.map((coding) => [coding.id, coding]));
  const roleOf = new Map(data.informants.map((informant) => [informant.id, informant.role]));
  const prepared = new Map<Id, SourceAttribution>();
  const attribution = (source: MatrixSource): SourceAttribution => {
    let found = prepared.get(source.id);
    if (found === undefined) {
      found = prepareAttribution(source);
      prepared.set(source.id, found);
    }
    return found;
  };
  const sourceFacts = (source: MatrixSource, informantIds: readonly Id[], coderIds: readonly Id[]): EvidenceFacts => ({
    sourceKinds: [source.kind],
    informants: informantIds.map((id) => ({ id, roles: [roleOf.get(id) ?? ''] })),
    coderIds,
    dates: source.date === null ? [] : [source.date],
  });
  const memberChecks = lookups.memberChecks ?? [];
  const checks = new Map(memberChecks.map((check) => [check.id, check]));
  /** The informant who answered with their role, the answer's date, and the kind of the source made of their words. */
  const memberCheckFacts = (memberCheckId: Id, itemId: Id): EvidenceFacts | undefined => {
    const check = checks.get(memberCheckId);
    if (check === undefined || !check.items.some((item) => item.id === itemId)) return undefined;
    const words = check.wordsSourceId === null ? undefined : sources.get(check.wordsSourceId);
    return {
      sourceKinds: words === undefined ? [] : [words.kind],
      informants: [{ id: check.informantId, roles: [roleOf.get(check.informantId) ?? ''] }],
      coderIds: [],
      dates: check.answeredOn === null ? [] : [check.answeredOn],
    };
  };
  const codingFacts = (codingId: Id): EvidenceFacts | undefined => {
    const coding = codings.get(codingId);
    const source = coding === undefined ? undefined : sources.get(coding.sourceId);
    if (coding === undefined || source === undefined) return undefined;
    return sourceFacts(source, attributeRange(attribution(source), coding.start, coding.end).informantIds, [coding.coderId]);
  };

  /** The facts an item rests on; undefined when what it points at no longer exists. */
  const factsOf = (item: EvidenceItem): EvidenceFacts | undefined => {
    const target = item.target;
    switch (target.kind) {
      case 'coding':
        return codingFacts(target.codingId);
      case 'cell': {
        const ids = lookups.cellCodingIds?.(target.displayId, target.cellKey);
        if (ids === undefined) return undefined;
        return merge(ids.flatMap((id) => codingFacts(id) ?? []));
      }
      case 'memo': {
        const memo = lookups.memos?.get(target.memoId);
        if (memo === undefined) return undefined;
        if (memo.target.kind === 'coding') return codingFacts(memo.target.id) ?? NOTHING;
        if (memo.target.kind === 'source') {
          const source = sources.get(memo.target.id);
          return source === undefined ? NOTHING : sourceFacts(source, [], []);
        }
        return NOTHING;
      }
      case 'member-check':
        return memberCheckFacts(target.memberCheckId, target.itemId);
    }
  };

  /** The codings an item rests on: its coding, a cell's codings, a memo's coding; none for a member-check response. */
  const codingIdsOf = (item: EvidenceItem): readonly Id[] => {
    const target = item.target;
    if (target.kind === 'coding') return [target.codingId];
    if (target.kind === 'cell') return lookups.cellCodingIds?.(target.displayId, target.cellKey) ?? [];
    if (target.kind === 'memo') {
      const memo = lookups.memos?.get(target.memoId);
      return memo?.target.kind === 'coding' ? [memo.target.id] : [];
    }
    return [];
  };

  return {
    factsOf,
    codingIdsOf,
    /** The project's member checks, for the tally of each conclusion (memberCheckTally.ts). */
    memberChecks,
    /** The source a coding of the project is in. */
    codingSourceOf: (codingId: Id): Id | undefined => codings.get(codingId)?.sourceId,
    assess: (conclusion: Pick<Conclusion, 'evidence'>, rule: TriangulationRule): ConclusionAssessment => {
      const supporting: EvidenceFacts[] = [];
      const lost: EvidenceItem[] = [];
      let unresolved = 0;
      for (const item of conclusion.evidence) {
        const facts = factsOf(item);
        if (facts === undefined) lost.push(item);
        if (item.stance === 'disconfirming') {
          if (item.resolution === null) unresolved += 1;
        } else if (facts !== undefined) supporting.push(facts);
      }
      return { triangulation: triangulate(supporting, unresolved, rule), representativeness: representativeness(supporting), lost };
    },
  };
};
