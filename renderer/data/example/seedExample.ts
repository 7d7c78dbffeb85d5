// First-run seeding of the example project: the shared example (shared/example/planExampleProject.ts) committed as
// ONE change (all or nothing) when the installation has no project and was never seeded, by the current coder.
import { planExampleProject, parseExampleSources } from '../../../shared/example/planExampleProject.ts';
import type { Project } from '../../../shared/model/index.ts';
import { combineChanges, tableChange } from '../../../shared/project/projectChange.ts';
import { APP_STATE_KEYS, readAppState } from '../appState.ts';
import { currentCoderIdInTransaction } from '../coders.ts';
import { commitPlan } from '../commit.ts';
import type { CaseweaveDatabase } from '../database.ts';

const shouldSeed = async (db: CaseweaveDatabase): Promise<boolean> =>
  (await readAppState(db, APP_STATE_KEYS.exampleSeeded)) !== true && (await db.projects.count()) === 0;

/**
 * Creates the example project on first run: when there are no projects at all and it was never seeded
 * before (deleting the example does not bring it back). Returns the project, or null when nothing was done.
 */
export const seedExampleProjectIfEmpty = async (db: CaseweaveDatabase): Promise<Project | null> => {
  if (!(await shouldSeed(db))) return null;
  const parsed = await parseExampleSources();
  const { result } = await commitPlan(db, async () => {
    // Checked again inside the transaction: two windows (or React's double effects) may race here.
    if (!(await shouldSeed(db))) return { change: {}, audit: null, result: null };
    const at = db.clock();
    const planned = planExampleProject(parsed, { coderId: await currentCoderIdInTransaction(db), at });
    const seeded = tableChange('appState', [{ key: APP_STATE_KEYS.exampleSeeded, value: true }, { key: APP_STATE_KEYS.lastProjectId, value: planned.result.id }]);
    return { ...planned, change: combineChanges(planned.change, seeded) };
  });
  return result === null ? null : ((await db.projects.get(result.id)) ?? result);
};
