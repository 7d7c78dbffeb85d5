// The shipped example project as a snapshot, built in-process the way `caseweave example` builds it (the same
// planner, commitToSnapshot), at a fixed time, for the report tests.
import { parseExampleSources, planExampleProject } from '../../../../shared/example/planExampleProject.ts';
import type { Coder } from '../../../../shared/model/index.ts';
import { commitToSnapshot } from '../../../../shared/project/applyToSnapshot.ts';
import { completeSnapshot, type ProjectSnapshot } from '../../../../shared/projectFile/projectSnapshot.ts';

export const EXAMPLE_AT = '2025-06-01T10:00:00.000Z';
export const EXAMPLE_CODER: Coder = { id: 'coder-report-test', name: 'Report tester', initials: 'RT', createdAt: EXAMPLE_AT, updatedAt: EXAMPLE_AT };

export const exampleSnapshot = async (): Promise<ProjectSnapshot> => {
  const planned = planExampleProject(await parseExampleSources(), { coderId: EXAMPLE_CODER.id, at: EXAMPLE_AT });
  return completeSnapshot(await commitToSnapshot({ projectId: planned.result.id, tables: {} }, planned, { actor: EXAMPLE_CODER, at: EXAMPLE_AT }));
};
