// The one write path. commit() writes a ProjectChange — completed with the registry's cascades — and its audit
// event in ONE transaction, then, once that transaction has committed, publishes the data event and pushes the
// undo step (undo writes the inverse, redo the change again, both through here). Every repository builds a change
// and hands it over; a write made any other way is refused by the database's write guard.
import { completeCascades } from '../../shared/project/cascade.ts';
import { ENTITY_REGISTRY, TABLE_NAMES } from '../../shared/project/entityRegistry.ts';
import {
  changedTables, deletesOf, invertChange, isEmptyChange, putsOf, touchedKeys, type ProjectChange,
} from '../../shared/project/projectChange.ts';
import type { Key, TableName, TableRows } from '../../shared/project/tableRows.ts';
import type { Id } from '../../shared/model/index.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { appendAuditEvent, type AuditIntent } from './audit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { emitDataEvent } from './dataEvents.ts';
import { dexieLookup, type RowsRead } from './dexieLookup.ts';
import { DataError } from './errors.ts';
import { readOnlyProjectTouched } from './readOnlyProjects.ts';
import { markCommitTransaction } from './writeGuard.ts';

/** What a plan works out inside the transaction: the change, its audit event (null: none) and a result. */
export type Planned<R> = { change: ProjectChange; audit: AuditIntent | null; result: R };

export type CommitOptions<R = unknown> = {
  /** Pushes an undoable step with this label (or the label made from the result) once the write has committed. */
  undo?: {
    manager: UndoManager;
    label: string | ((result: R) => string);
    /** Checked inside the undo's transaction before it writes; throws to refuse (e.g. a name taken meanwhile). */
    guard?: (result: R) => Promise<void>;
  };
  /** Runs the step's undo and redo (default: at once); the coding store passes its queue so no action interleaves. */
  replay?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Work out the inverse even without an undo step (it costs a read of every row the change touches). */
  inverse?: boolean;
};

export type Committed<R> = {
  result: R;
  /** The change as written: the one given, completed with its cascades. */
  change: ProjectChange;
  /** The change that takes the database back to how it was; null unless an undo step or `inverse` asked for it. */
  inverse: ProjectChange | null;
};

const allTables = (db: CaseweaveDatabase) => TABLE_NAMES.map((table) => db.table(table));

/**
 * The rows each table holds, before the change, under the keys the change touches. Rows the cascade already read
 * (`known`: a whole project's codings, say) are not read again.
 */
const readBefore = async (db: CaseweaveDatabase, change: ProjectChange, known: RowsRead) => {
  const found = new Map<TableName, Map<Key, unknown>>();
  for (const table of changedTables(change)) {
    const byKey = new Map<Key, unknown>();
    const missing: Key[] = [];
    for (const key of touchedKeys(change, table)) {
      const row = known.get(table)?.get(key);
      if (row === undefined) missing.push(key);
      else byKey.set(key, row);
    }
    if (missing.length > 0) {
      const rows: unknown[] = await db.table(table).bulkGet(missing);
      rows.forEach((row, index) => {
        if (row !== undefined) byKey.set(missing[index], row);
      });
    }
    found.set(table, byKey);
  }
  return <T extends TableName>(table: T, key: Key) => found.get(table)?.get(key) as TableRows[T] | undefined;
};

/** Deletes, then puts, table by table in registry order. */
const writeChange = async (db: CaseweaveDatabase, change: ProjectChange): Promise<void> => {
  for (const table of TABLE_NAMES) {
    const deleted = deletesOf(change, table);
    if (deleted.length > 0) await db.table(table).bulkDelete([...deleted]);
  }
  for (const table of TABLE_NAMES) {
    const rows = putsOf(change, table);
    if (rows.length > 0) await db.table(table).bulkPut([...rows]);
  }
};

/** A write to a project this window holds read-only fails as a whole, with the project's name in the message. */
const refuseReadOnly = async (db: CaseweaveDatabase, planned: Planned<unknown>): Promise<void> => {
  const projectId = readOnlyProjectTouched(planned.change, planned.audit?.projectId ?? null);
  if (projectId !== null) throw new DataError('projectFiles.error.readOnly', { name: (await db.projects.get(projectId))?.name ?? projectId });
};

const projectDeleted = (change: ProjectChange, projectId: Id): boolean => deletesOf(change, 'projects').includes(projectId);

/**
 * The audit trail is append-only: a change may put or delete audit events only together with their project row —
 * deleting a whole project takes its trail, undoing that brings the trail back, and replacing the local copy with a
 * project file replaces its trail. Events are appended by commit (audit.ts), never written through a change.
 */
const refuseTrailRewrite = async (db: CaseweaveDatabase, change: ProjectChange): Promise<void> => {
  const wholeProjects = new Set<Key>([...putsOf(change, 'projects').map((row) => row.id), ...deletesOf(change, 'projects')]);
  const put = putsOf(change, 'auditEvents');
  const deleted = deletesOf(change, 'auditEvents');
  if (put.length === 0 && deleted.length === 0) return;
  const removed = (await db.auditEvents.bulkGet([...deleted] as number[])).filter((event) => event !== undefined);
  if ([...put, ...removed].some((event) => !wholeProjects.has(event.projectId))) throw new DataError('audit.error.appendOnly');
};

/**
 * Runs `plan` inside one read-write transaction over every table, completes its change with the cascades of its
 * deletions, writes it and the audit event, and returns the result with the change as written and its inverse.
 * The plan may read the database but must await nothing else (IndexedDB commits a transaction left idle).
 */
export const commitPlan = async <R>(db: CaseweaveDatabase, plan: () => Promise<Planned<R>>, options: CommitOptions<R> = {}): Promise<Committed<R>> => {
  const write = db.transaction('rw', allTables(db), async () => {
    markCommitTransaction();
    const planned = await plan();
    await refuseReadOnly(db, planned);
    if (isEmptyChange(planned.change)) return { ...planned, inverse: {} satisfies ProjectChange, written: false };
    const read: RowsRead = new Map();
    const change = await completeCascades(planned.change, dexieLookup(db, read));
    await refuseTrailRewrite(db, change);
    // An import of 200 files needs no undo: its new rows are not read back for one.
    const inverse = options.undo || options.inverse ? invertChange(change, await readBefore(db, change, read)) : null;
    await writeChange(db, change);
    const { audit } = planned;
    if (audit !== null && !projectDeleted(change, audit.projectId)) {
      const projectRowWritten = putsOf(change, 'projects').some((row) => row.id === audit.projectId);
      await appendAuditEvent(db, audit, projectRowWritten);
    }
    return { ...planned, change, inverse, written: true };
  });
  const done = await (options.undo ? options.undo.manager.track(write) : write);
  if (!done.written) return { result: done.result, change: done.change, inverse: done.inverse };
  emitDataEvent({ projectId: done.audit?.projectId ?? projectOf(done.change), change: done.change });
  if (options.undo && done.inverse !== null) {
    const { manager, label, guard } = options.undo;
    const check = guard === undefined ? undefined : () => guard(done.result);
    const step = { change: done.change, inverse: done.inverse, audit: done.audit };
    pushUndoStep(db, manager, typeof label === 'string' ? label : label(done.result), step, { replay: options.replay ?? ((task) => task()), guard: check });
  }
  return { result: done.result, change: done.change, inverse: done.inverse };
};

/** Writes a change whose rows are already known, with its audit event (null: none), in one transaction. */
export const commit = async (
  db: CaseweaveDatabase, change: ProjectChange, audit: AuditIntent | null, options: CommitOptions<void> = {},
): Promise<Committed<void>> => commitPlan(db, async () => ({ change, audit, result: undefined }), options);

const pushUndoStep = (
  db: CaseweaveDatabase, manager: UndoManager, label: string,
  { change, inverse, audit }: { change: ProjectChange; inverse: ProjectChange; audit: AuditIntent | null },
  { replay, guard }: { replay: NonNullable<CommitOptions['replay']>; guard?: () => Promise<void> },
): void => {
  const replayed = (verb: string): AuditIntent | null => (audit === null ? null : { ...audit, action: `${verb}-${audit.action}` });
  manager.push({
    label,
    undo: async () => {
      await replay(() =>
        commitPlan(db, async () => {
          await guard?.();
          return { change: inverse, audit: replayed('undo'), result: undefined };
        }),
      );
    },
    redo: async () => {
      await replay(() => commit(db, change, replayed('redo')));
    },
  });
};

/** The project a change without an audit event belongs to, read from its rows (null: installation-wide). */
const projectOf = (change: ProjectChange): Id | null => {
  for (const table of changedTables(change)) {
    if (ENTITY_REGISTRY[table].scope === 'installation') continue;
    for (const row of putsOf(change, table)) {
      if ('projectId' in row) return row.projectId;
      if (table === 'projects' && 'id' in row) return row.id;
    }
  }
  return null;
};
