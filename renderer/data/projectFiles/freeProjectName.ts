// Project names are unique in an installation (case-insensitively). A project loaded from a file whose name another
// local project already has is given the first free "Name (2)", "Name (3)", … instead of being refused.
import type { Id } from '../../../shared/model/index.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { CaseweaveDatabase } from '../database.ts';

export const freeProjectName = async (db: CaseweaveDatabase, name: string, projectId: Id): Promise<string> => {
  const taken = new Set((await db.projects.filter((project) => project.id !== projectId).toArray()).map((project) => project.name.toLocaleLowerCase()));
  let candidate = name;
  for (let number = 2; taken.has(candidate.toLocaleLowerCase()); number += 1) candidate = t('projectFiles.numberedName', { name, number: String(number) });
  return candidate;
};
