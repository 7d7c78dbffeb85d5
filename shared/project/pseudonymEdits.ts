// Editing a project's pseudonym list (ProjectSettings.pseudonyms): lines trimmed, blank ones dropped, one line per
// real name (ignoring case; a later line replaces an earlier one), so what is saved is what effectivePseudonymList
// applies.
import type { Project, PseudonymEntry } from '../model/index.ts';

/** The list as it is saved: trimmed, without blank lines, one line per real name. */
export const normalisePseudonymList = (entries: readonly PseudonymEntry[]): PseudonymEntry[] => {
  const byName = new Map<string, PseudonymEntry>();
  for (const entry of entries) {
    const realName = entry.realName.trim().replace(/\s+/gu, ' ');
    const pseudonym = entry.pseudonym.trim();
    if (realName === '' || pseudonym === '') continue;
    const key = realName.toLocaleLowerCase();
    byName.delete(key);
    byName.set(key, { realName, pseudonym });
  }
  return [...byName.values()];
};

const sameList = (a: readonly PseudonymEntry[], b: readonly PseudonymEntry[]): boolean =>
  a.length === b.length && a.every((entry, index) => entry.realName === b[index].realName && entry.pseudonym === b[index].pseudonym);

/** The project with `entries` as its list (an empty list drops the setting), or undefined when nothing changes. */
export const withPseudonyms = <P extends Pick<Project, 'settings'>>(project: P, entries: readonly PseudonymEntry[]): P | undefined => {
  const list = normalisePseudonymList(entries);
  if (sameList(list, project.settings.pseudonyms ?? [])) return undefined;
  const settings = { ...project.settings };
  if (list.length === 0) delete settings.pseudonyms;
  else settings.pseudonyms = list;
  return { ...project, settings };
};
