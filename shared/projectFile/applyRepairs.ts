// Applies the repairs the user agreed to when opening a project file, and words the audit trail's record of them.
// The caller asks first (never here): a repair removes, shortens or widens what the user made.
import type { Id } from '../model/index.ts';
import type { RepairAction, Repair } from './projectFileProblem.ts';
import type { ProjectSnapshot } from './projectSnapshot.ts';

export type RepairedSnapshot = {
  snapshot: ProjectSnapshot;
  /** The detail of the audit event recording the repair: what was done to which rows, by kind. */
  auditDetail: string;
};

type Plan = {
  removedCodings: Set<Id>;
  shortenedCodings: Map<Id, number>;
  /** Codings widened to whole grapheme clusters: their new start and end (they win over a shortening before them). */
  widenedCodings: Map<Id, { start: number; end: number }>;
  removedMemos: Set<Id>;
  memoTargetKeys: Map<Id, string>;
  unlinkedInformants: Map<Id, Set<Id>>;
  unlinkedSpeakers: Map<Id, Set<string>>;
  removedSourceTexts: Set<Id>;
  removedOriginals: Set<Id>;
  removedRelations: Set<Id>;
  removedSummarySheets: Set<Id>;
  clearedRivals: Set<Id>;
  removedMemberChecks: Set<Id>;
  unlinkedWordsSources: Set<Id>;
  clearedAnchors: Set<Id>;
  droppedMemoRanges: Set<Id>;
};

const planOf = (actions: readonly RepairAction[]): Plan => {
  const plan: Plan = {
    removedCodings: new Set(), shortenedCodings: new Map(), widenedCodings: new Map(), removedMemos: new Set(), memoTargetKeys: new Map(),
    unlinkedInformants: new Map(), unlinkedSpeakers: new Map(), removedSourceTexts: new Set(), removedOriginals: new Set(),
    removedRelations: new Set(), removedSummarySheets: new Set(), clearedRivals: new Set(),
    removedMemberChecks: new Set(), unlinkedWordsSources: new Set(), clearedAnchors: new Set(), droppedMemoRanges: new Set(),
  };
  const addTo = <V>(map: Map<Id, Set<V>>, key: Id, value: V): void => {
    map.set(key, (map.get(key) ?? new Set<V>()).add(value));
  };
  for (const action of actions) {
    if (action.kind === 'removeCoding') plan.removedCodings.add(action.codingId);
    else if (action.kind === 'shortenCoding') plan.shortenedCodings.set(action.codingId, action.end);
    else if (action.kind === 'widenCoding') plan.widenedCodings.set(action.codingId, { start: action.start, end: action.end });
    else if (action.kind === 'removeMemo') plan.removedMemos.add(action.memoId);
    else if (action.kind === 'setMemoTargetKey') plan.memoTargetKeys.set(action.memoId, action.targetKey);
    else if (action.kind === 'unlinkInformant') addTo(plan.unlinkedInformants, action.sourceId, action.informantId);
    else if (action.kind === 'unlinkSpeaker') addTo(plan.unlinkedSpeakers, action.sourceId, action.speaker);
    else if (action.kind === 'removeOriginal') plan.removedOriginals.add(action.sourceId);
    else if (action.kind === 'removeRelation') plan.removedRelations.add(action.relationId);
    else if (action.kind === 'removeSummarySheet') plan.removedSummarySheets.add(action.sheetId);
    else if (action.kind === 'clearRival') plan.clearedRivals.add(action.conclusionId);
    else if (action.kind === 'removeMemberCheck') plan.removedMemberChecks.add(action.memberCheckId);
    else if (action.kind === 'unlinkWordsSource') plan.unlinkedWordsSources.add(action.memberCheckId);
    else if (action.kind === 'clearCodeAnchor') plan.clearedAnchors.add(action.codeId);
    else if (action.kind === 'dropMemoRange') plan.droppedMemoRanges.add(action.memoId);
    else plan.removedSourceTexts.add(action.sourceId);
  }
  return plan;
};

/** "removeCoding g1 g2; removeMemo m1": the kinds in order of first appearance, each with the rows it touched. */
const auditDetailOf = (actions: readonly RepairAction[]): string => {
  const byKind = new Map<string, string[]>();
  for (const action of actions) {
    const subject = 'codingId' in action ? action.codingId : 'memoId' in action ? action.memoId
      : 'relationId' in action ? action.relationId : 'sheetId' in action ? action.sheetId : 'conclusionId' in action ? action.conclusionId
        : 'memberCheckId' in action ? action.memberCheckId : 'codeId' in action ? action.codeId
        : action.kind === 'unlinkInformant' ? `${action.sourceId}/${action.informantId}`
          : action.kind === 'unlinkSpeaker' ? `${action.sourceId}/${action.speaker}` : action.sourceId;
    byKind.set(action.kind, [...(byKind.get(action.kind) ?? []), subject]);
  }
  return [...byKind].map(([kind, subjects]) => `${kind} ${subjects.join(' ')}`).join('; ');
};

export const applyRepairs = (snapshot: ProjectSnapshot, repairs: readonly Repair[] | readonly RepairAction[]): RepairedSnapshot => {
  const actions = repairs.map((item) => ('action' in item ? item.action : item));
  const plan = planOf(actions);
  const { tables } = snapshot;
  return {
    snapshot: {
      projectId: snapshot.projectId,
      tables: {
        ...tables,
        sources: tables.sources?.map((source) => {
          const informants = plan.unlinkedInformants.get(source.id);
          const speakers = plan.unlinkedSpeakers.get(source.id);
          if (informants === undefined && speakers === undefined) return source;
          return {
            ...source,
            informantIds: source.informantIds.filter((id) => !informants?.has(id)),
            speakerLinks: Object.fromEntries(Object.entries(source.speakerLinks).filter(([speaker]) => !speakers?.has(speaker))),
          };
        }),
        sourceTexts: tables.sourceTexts?.filter((row) => !plan.removedSourceTexts.has(row.sourceId)),
        sourceOriginals: tables.sourceOriginals?.filter((row) => !plan.removedOriginals.has(row.sourceId)),
        codes: tables.codes?.map((code) => (plan.clearedAnchors.has(code.id) ? { ...code, anchorCodingId: null } : code)),
        codings: tables.codings?.filter((coding) => !plan.removedCodings.has(coding.id)).map((coding) => {
          const widened = plan.widenedCodings.get(coding.id);
          if (widened !== undefined) return { ...coding, ...widened };
          const end = plan.shortenedCodings.get(coding.id);
          return end === undefined ? coding : { ...coding, end };
        }),
        relations: tables.relations?.filter((relation) => !plan.removedRelations.has(relation.id)),
        summarySheets: tables.summarySheets?.filter((sheet) => !plan.removedSummarySheets.has(sheet.id)),
        conclusions: tables.conclusions?.map((conclusion) => (plan.clearedRivals.has(conclusion.id) ? { ...conclusion, rivalOfId: null } : conclusion)),
        memberChecks: tables.memberChecks?.filter((check) => !plan.removedMemberChecks.has(check.id))
          .map((check) => (plan.unlinkedWordsSources.has(check.id) ? { ...check, wordsSourceId: null } : check)),
        memos: tables.memos?.filter((memo) => !plan.removedMemos.has(memo.id)).map((memo) => {
          const targetKey = plan.memoTargetKeys.get(memo.id);
          const kept = targetKey === undefined ? memo : { ...memo, targetKey };
          return plan.droppedMemoRanges.has(memo.id) && kept.target.kind === 'source' ? { ...kept, target: { kind: 'source' as const, id: kept.target.id } } : kept;
        }),
      },
    },
    auditDetail: auditDetailOf(actions),
  };
};
