// Live index of which conclusions hold which codings and display cells as evidence, for the badges on excerpt lists
// and display cells (issue 10, item 6). One query per list, not per card.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Conclusion, Id } from '../../shared/model/index.ts';
import { listConclusions } from '../data/conclusions.ts';
import { indexEvidence, type EvidenceIndex } from '../data/conclusionEvidence.ts';
import { useDatabase } from './DatabaseContext.tsx';

/** The project's conclusions, live; undefined while loading. */
export const useConclusions = (projectId: Id): Conclusion[] | undefined => {
  const db = useDatabase();
  return useLiveQuery(() => listConclusions(db, projectId), [db, projectId]);
};

const EMPTY: EvidenceIndex = { byCoding: new Map(), byCell: new Map() };

export const useEvidenceIndex = (projectId: Id): EvidenceIndex => {
  const conclusions = useConclusions(projectId);
  return useMemo(() => (conclusions === undefined ? EMPTY : indexEvidence(conclusions)), [conclusions]);
};
