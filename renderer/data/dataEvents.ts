// In-memory bus of committed changes: commit() publishes each change after its transaction has committed, so
// the coding store, the search index and open views follow every write without polling the database.
import type { Id } from '../../shared/model/index.ts';
import { deletesOf, putsOf, type ProjectChange } from '../../shared/project/projectChange.ts';
import { keyOf } from '../../shared/project/entityRegistry.ts';
import type { Key, TableName, TableRows } from '../../shared/project/tableRows.ts';

/** A committed change; `projectId` is null for installation-wide writes (settings, coders, saved templates). */
export type DataEvent = { projectId: Id | null; change: ProjectChange };

export type DataEventListener = (event: DataEvent) => void;

const listeners = new Set<DataEventListener>();

/** Tells every listener; a throwing listener is reported and never stops the others (the write already committed). */
export const emitDataEvent = (event: DataEvent): void => {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      console.error('data event listener failed', error);
    }
  }
};

export const onDataEvent = (listener: DataEventListener): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** Whether the event's change writes to (puts in or deletes from) any of the tables. */
export const writesTo = (event: DataEvent, ...tables: TableName[]): boolean =>
  tables.some((table) => putsOf(event.change, table).length > 0 || deletesOf(event.change, table).length > 0);

/** The rows the event's change put in a table. */
export const rowsPut = <T extends TableName>(event: DataEvent, table: T): readonly TableRows[T][] => putsOf(event.change, table);

/** The keys the event's change deleted from a table. */
export const keysDeleted = (event: DataEvent, table: TableName): readonly Key[] => deletesOf(event.change, table);

/** The keys of the rows the event's change put in a table. */
export const keysPut = <T extends TableName>(event: DataEvent, table: T): Key[] => putsOf(event.change, table).map((row) => keyOf(table, row));
