// The project data a conclusion's evidence is judged against: the window's matrix data copy (re-read when a write
// makes it stale), its displays (a cell's codings computed with computeMatrixView, once per display), memos and member
// checks. Gives each conclusion its assessment by the project's triangulation rule and its member-check tally, and
// excerpt cards for quoting its codings.
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { evidenceResolver, type ConclusionAssessment, type EvidenceLookups } from '../../../shared/analysis/conclusionEvidence.ts';
import { conclusionMemberCheckTally } from '../../../shared/analysis/conclusionSummary.ts';
import type { MemberCheckTally } from '../../../shared/analysis/memberCheckTally.ts';
import { computeMatrixView } from '../../../shared/analysis/displayView.ts';
import type { MatrixData } from '../../../shared/analysis/matrixTypes.ts';
import { triangulationRuleOf } from '../../../shared/model/project.ts';
import type { Conclusion, Display, Id, Project } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { matrixDataFor, onMatrixDataStale } from '../../data/matrixDataCache.ts';
import { excerptCards } from './evidenceExcerpts.ts';

export type ConclusionEvidence = {
  data: MatrixData;
  displays: ReadonlyMap<Id, Display>;
  cards: ReturnType<typeof excerptCards>;
  assess: (conclusion: Pick<Conclusion, 'evidence'>) => ConclusionAssessment;
  memberChecks: (conclusion: Pick<Conclusion, 'id' | 'evidence'>) => MemberCheckTally;
  /** How evidence other than codings reaches its codings (display cells, memos), for the verification queries. */
  lookups: EvidenceLookups;
};

/** The codings a display cell holds now; undefined when the display or the cell is gone or is no matrix. */
const cellLookup = (data: MatrixData, displays: ReadonlyMap<Id, Display>) => {
  const computed = new Map<Id, Map<string, readonly Id[]> | null>();
  return (displayId: Id, key: string): readonly Id[] | undefined => {
    if (!computed.has(displayId)) {
      const display = displays.get(displayId);
      let cells: Map<string, readonly Id[]> | null = null;
      if (display !== undefined && display.definition.kind === 'matrix' && display.type !== 'network') {
        cells = new Map(computeMatrixView(data, display).cells.flat().map((cell) => [cell.key, cell.codingIds]));
      }
      computed.set(displayId, cells);
    }
    return computed.get(displayId)?.get(key);
  };
};

export const useConclusionEvidence = (projectId: Id, project: Project | undefined): ConclusionEvidence | undefined => {
  const db = useDatabase();
  const [data, setData] = useState<MatrixData | undefined>(undefined);
  const [reads, setReads] = useState(0);
  const displayRows = useLiveQuery(() => db.displays.where('projectId').equals(projectId).toArray(), [db, projectId]);
  const memoRows = useLiveQuery(() => db.memos.where('projectId').equals(projectId).toArray(), [db, projectId]);
  const memberCheckRows = useLiveQuery(() => db.memberChecks.where('projectId').equals(projectId).toArray(), [db, projectId]);

  useEffect(() => onMatrixDataStale((stale) => {
    if (stale === projectId) setReads((count) => count + 1);
  }), [projectId]);

  useEffect(() => {
    let live = true;
    void matrixDataFor(db, projectId).then((read) => {
      if (live) setData(read.data);
    });
    return () => {
      live = false;
    };
  }, [db, projectId, reads]);

  return useMemo(() => {
    if (data === undefined || displayRows === undefined || memoRows === undefined || memberCheckRows === undefined || project === undefined) return undefined;
    const displays = new Map(displayRows.map((display) => [display.id, display]));
    const lookups: EvidenceLookups = {
      cellCodingIds: cellLookup(data, displays),
      memos: new Map(memoRows.map((memo) => [memo.id, memo])),
      memberChecks: memberCheckRows,
    };
    const resolver = evidenceResolver(data, lookups);
    const rule = triangulationRuleOf(project);
    return {
      data, displays, cards: excerptCards(data), assess: (conclusion) => resolver.assess(conclusion, rule), lookups,
      memberChecks: (conclusion) => conclusionMemberCheckTally(conclusion, resolver),
    };
  }, [data, displayRows, memoRows, memberCheckRows, project]);
};
