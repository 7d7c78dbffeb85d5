// Relation types of a project's network displays: the defaults every project has (labelled through i18n), then the
// ones its template declared and the user added (ProjectSettings.relationTypes, by name, shown as written).
import { DEFAULT_RELATION_TYPES, type Project } from '../model/index.ts';
import { getLocale, t, type Locale, type MessageKey } from '../i18n/translate.ts';

export type RelationTypeChoice = { id: string; label: string; custom: boolean };

/** The message of each default type's label, by its id. */
const DEFAULT_TYPE_LABELS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['connects-to', 'relation.type.connects-to'], ['enables', 'relation.type.enables'], ['supplies', 'relation.type.supplies'],
  ['sells-to', 'relation.type.sells-to'], ['trains', 'relation.type.trains'], ['informs', 'relation.type.informs'],
  ['depends-on', 'relation.type.depends-on'], ['contradicts', 'relation.type.contradicts'], ['is-part-of', 'relation.type.is-part-of'],
]);

const isDefaultType = (type: string): boolean => DEFAULT_RELATION_TYPES.includes(type);

/** The label of a type: a default's translation (in `locale`, the UI's by default), or a custom type's own name. */
export const relationTypeLabel = (type: string, locale: Locale = getLocale()): string => {
  const key = DEFAULT_TYPE_LABELS.get(type);
  return key === undefined ? type : t(key, undefined, locale);
};

/** The types to choose from, defaults first, then the project's own in the order added. */
export const relationTypeChoices = (project: Pick<Project, 'settings'> | undefined): RelationTypeChoice[] => [
  ...DEFAULT_RELATION_TYPES.map((id) => ({ id, label: relationTypeLabel(id), custom: false })),
  ...(project?.settings.relationTypes ?? []).filter((name) => !isDefaultType(name)).map((name) => ({ id: name, label: name, custom: true })),
];

/** The name a new custom type is stored under: trimmed, single-spaced; '' when empty. */
export const normaliseRelationType = (name: string): string => name.trim().replace(/\s+/g, ' ');

/** The project's relation types with `name` added (undefined when it is empty or already there, case-insensitively). */
export const withRelationType = <P extends Pick<Project, 'settings'>>(project: P, rawName: string): P | undefined => {
  const name = normaliseRelationType(rawName);
  if (name === '') return undefined;
  const folded = name.toLocaleLowerCase();
  const taken = relationTypeChoices(project).some((choice) => choice.id.toLocaleLowerCase() === folded || choice.label.toLocaleLowerCase() === folded);
  if (taken) return undefined;
  return { ...project, settings: { ...project.settings, relationTypes: [...(project.settings.relationTypes ?? []), name] } };
};
