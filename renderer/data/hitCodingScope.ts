// The scope "Code selected hits" widens hits to, remembered per project in its settings (written through commit):
// a researcher who codes whole sentences keeps doing so without choosing it again each time.
import type { Id, Project } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { TEXT_UNITS, type TextUnit } from '../../shared/text/textUnits.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

export const DEFAULT_HIT_CODING_SCOPE: TextUnit = 'hit';

/** The project's remembered scope; the hit only when none was chosen (or the stored word is unknown). */
export const hitCodingScopeOf = (project: Project | undefined): TextUnit => {
  const stored = project?.settings.hitCodingScope;
  return stored !== undefined && TEXT_UNITS.includes(stored) ? stored : DEFAULT_HIT_CODING_SCOPE;
};

export const getHitCodingScope = async (db: CaseweaveDatabase, projectId: Id): Promise<TextUnit> =>
  hitCodingScopeOf(await db.projects.get(projectId));

/** Remembers `scope` as the project's default (nothing is written when it already is). */
export const setHitCodingScope = async (db: CaseweaveDatabase, projectId: Id, scope: TextUnit): Promise<void> => {
  await commitPlan(db, async () => {
    const project = await db.projects.get(projectId);
    if (project === undefined) throw new DataError('data.error.projectNotFound');
    if (hitCodingScopeOf(project) === scope && project.settings.hitCodingScope !== undefined) return { change: {}, audit: null, result: undefined };
    return {
      change: tableChange('projects', [{ ...project, settings: { ...project.settings, hitCodingScope: scope }, updatedAt: db.clock() }]),
      audit: { projectId, action: 'set-hit-coding-scope', objectType: 'project', objectId: projectId, detail: scope },
      result: undefined,
    };
  });
};
