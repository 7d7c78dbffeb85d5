// Projects this window holds read-only: their file is open (locked) in another window, tab or app instance, so this
// one may look but not change them. commit() asks here before it writes and refuses any write that touches one, so
// no screen has to remember to; the banner and the autosave follow the changes through onReadOnlyChange.
import type { Id } from '../../shared/model/index.ts';
import { deletesOf, putsOf, type ProjectChange } from '../../shared/project/projectChange.ts';
import { ENTITY_REGISTRY, TABLE_NAMES } from '../../shared/project/entityRegistry.ts';

const readOnly = new Set<Id>();
const listeners = new Set<() => void>();

export const setProjectReadOnly = (projectId: Id, isReadOnly: boolean): void => {
  if (readOnly.has(projectId) === isReadOnly) return;
  if (isReadOnly) readOnly.add(projectId);
  else readOnly.delete(projectId);
  for (const listener of [...listeners]) listener();
};

export const isProjectReadOnly = (projectId: Id | null): boolean => projectId !== null && readOnly.has(projectId);

export const onReadOnlyChange = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The read-only project a write would touch (by its audit event, the rows it puts, or the project it deletes), or null. */
export const readOnlyProjectTouched = (change: ProjectChange, auditProjectId: Id | null): Id | null => {
  if (readOnly.size === 0) return null;
  if (auditProjectId !== null && readOnly.has(auditProjectId)) return auditProjectId;
  for (const table of TABLE_NAMES) {
    const scope = ENTITY_REGISTRY[table].scope;
    if (scope === 'installation') continue;
    for (const row of putsOf(change, table)) {
      const projectId = scope === 'project' ? (row as { id: Id }).id : (row as { projectId: Id }).projectId;
      if (readOnly.has(projectId)) return projectId;
    }
  }
  return deletesOf(change, 'projects').find((key): key is Id => typeof key === 'string' && readOnly.has(key)) ?? null;
};
