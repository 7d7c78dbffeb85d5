// What the triangulation overview display reads besides the matrix data (shared/analysis VerificationData): the
// project's conclusions, displays, memos and member checks and its triangulation rule, live, so a write to a conclusion (evidence
// added, a disconfirming item resolved) or to the rule recomputes the overview. Other display types read nothing here.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { VerificationData } from '../../../../shared/analysis/matrixTypes.ts';
import { triangulationRuleOf } from '../../../../shared/model/project.ts';
import type { Id } from '../../../../shared/model/index.ts';
import { listConclusions } from '../../../data/conclusions.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';

export const useVerificationData = (projectId: Id, enabled: boolean): VerificationData | undefined => {
  const db = useDatabase();
  const rows = useLiveQuery(async () => {
    if (!enabled) return null;
    return db.transaction('r', [db.projects, db.conclusions, db.displays, db.memos, db.memberChecks], async () => {
      const [project, conclusions, displays, memos, memberChecks] = await Promise.all([
        db.projects.get(projectId),
        listConclusions(db, projectId),
        db.displays.where('projectId').equals(projectId).toArray(),
        db.memos.where('projectId').equals(projectId).toArray(),
        db.memberChecks.where('projectId').equals(projectId).toArray(),
      ]);
      return { project, conclusions, displays, memos, memberChecks };
    });
  }, [db, projectId, enabled]);
  return useMemo(() => {
    if (rows === undefined || rows === null || rows.project === undefined) return undefined;
    return { conclusions: rows.conclusions, displays: rows.displays, memos: rows.memos.map(({ id, target }) => ({ id, target })), memberChecks: rows.memberChecks, rule: triangulationRuleOf(rows.project) };
  }, [rows]);
};
