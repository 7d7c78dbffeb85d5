// The example project built in memory, as `caseweave example` builds it (shared/example/planExampleProject.ts), for
// the codebook's tests: its snapshot, coder and project.
import { parseExampleSources, planExampleProject } from '../../../shared/example/planExampleProject.ts';
import type { Coder } from '../../../shared/model/index.ts';
import { commitToSnapshot } from '../../../shared/project/applyToSnapshot.ts';
import { completeSnapshot, type ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';

export const EXAMPLE_AT = '2025-06-01T10:00:00.000Z';

export const exampleCoder: Coder = { id: 'coder-test', name: 'Test Coder', initials: 'TC', createdAt: EXAMPLE_AT, updatedAt: EXAMPLE_AT };

export const buildExampleSnapshot = async (): Promise<ProjectSnapshot> => {
  const planned = planExampleProject(await parseExampleSources(), { coderId: exampleCoder.id, at: EXAMPLE_AT });
  return completeSnapshot(await commitToSnapshot({ projectId: planned.result.id, tables: {} }, planned, { actor: exampleCoder, at: EXAMPLE_AT }));
};
