// In-memory bus of data changes: data functions emit after their transaction commits, so views and the
// search index (projectSearch) can follow sources, codes and memos without polling the database.
import type { Id } from '../../shared/model/index.ts';

export type DataEvent =
  | { type: 'sourceTextChanged' | 'sourceAdded' | 'sourceDeleted'; projectId: Id; sourceId: Id }
  | { type: 'codebookChanged'; projectId: Id }
  | { type: 'memosChanged'; projectId: Id };

export type DataEventListener = (event: DataEvent) => void;

const listeners = new Set<DataEventListener>();

/** Tells every listener; a throwing listener is reported and never stops the others (the write already committed). */
export const emitDataEvent = (event: DataEvent): void => {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      console.error('data event listener failed', event.type, error);
    }
  }
};

export const onDataEvent = (listener: DataEventListener): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
