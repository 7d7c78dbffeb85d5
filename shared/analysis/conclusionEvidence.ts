// The facts behind a conclusion's evidence (issue 10), for the triangulation rule (triangulation.ts): a coded excerpt
// rests on its source's kind and date, the informants the one attribution rule gives it, and its coder; a display
// cell on the codings it holds; a memo about a coding or a source on that coding or source (a memo about anything else
// is the researcher's own writing, not data); a member-check response on what the caller says it rests on. Evidence
// whose coding was deleted rests on nothing and is reported as lost, never silently dropped.
import type { Coding, Conclusion, EvidenceItem, Id, Memo } from '../model/index.ts';
import { attributeRange, prepareAttribution, type SourceAttribution } from './attribution.ts';
import type { MatrixData, MatrixSource } from './matrixTypes.ts';
import { representativeness, triangulate, type EvidenceFacts, type Representativeness, type Triangulation } from './triangulation.ts';
import type { TriangulationRule } from '../model/conclusion.ts';

export type EvidenceLookups = {
  /** The codings a display cell holds now (computed by the caller with computeMatrixView); undefined: the cell is gone. */
  cellCodingIds?: (displayId: Id, cellKey: string) => readonly Id[] | undefined;
  memos?: ReadonlyMap<Id, Pick<Memo, 'target'>>;
  /** What a member-check response rests on (the informant who answered, the date); undefined: the record is gone. */
  memberCheckFacts?: (memberCheckId: Id, itemId: Id) => EvidenceFacts | undefined;
};

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
        return lookups.memberCheckFacts?.(target.memberCheckId, target.itemId);
    }
  };

  return {
    factsOf,
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
