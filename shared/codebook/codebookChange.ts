// The in-memory codebook and its change sets: every codebook operation returns the new state, the change to
// write (one Dexie transaction: deletes, then puts) and the inverse change that undoes it.
import type { Code, Coding } from '../model/codebook.ts';
import type { Id } from '../model/ids.ts';

export type Codebook = { codes: Code[]; codings: Coding[] };

/**
 * A set of writes against the code and coding tables. Applying it means: delete the listed ids, then put
 * (insert or replace) the listed records. An id never appears in both the delete and the put list of one table.
 */
export type CodebookChange = {
  putCodes: Code[];
  deleteCodeIds: Id[];
  putCodings: Coding[];
  deleteCodingIds: Id[];
};

/** What every operation hands back: the state after it, the change to persist, and the change that undoes it. */
export type CodebookOutcome<Extra = Record<never, never>> = {
  codebook: Codebook;
  change: CodebookChange;
  undo: CodebookChange;
} & Extra;

export const emptyChange = (): CodebookChange => ({ putCodes: [], deleteCodeIds: [], putCodings: [], deleteCodingIds: [] });

export const isEmptyChange = (change: CodebookChange): boolean =>
  change.putCodes.length === 0 &&
  change.deleteCodeIds.length === 0 &&
  change.putCodings.length === 0 &&
  change.deleteCodingIds.length === 0;

const applyToTable = <T extends { id: Id }>(rows: T[], deleteIds: Id[], puts: T[]): T[] => {
  if (deleteIds.length === 0 && puts.length === 0) return rows;
  const deleted = new Set(deleteIds);
  const replacements = new Map(puts.map((row) => [row.id, row]));
  const result: T[] = [];
  for (const row of rows) {
    if (deleted.has(row.id)) continue;
    const replacement = replacements.get(row.id);
    if (replacement === undefined) {
      result.push(row);
    } else {
      result.push(replacement);
      replacements.delete(row.id);
    }
  }
  // Records that did not exist before are appended in the order the change lists them.
  for (const row of replacements.values()) result.push(row);
  return result;
};

/** Applies a change to an in-memory codebook exactly as the data layer applies it to the database. */
export const applyCodebookChange = (codebook: Codebook, change: CodebookChange): Codebook => ({
  codes: applyToTable(codebook.codes, change.deleteCodeIds, change.putCodes),
  codings: applyToTable(codebook.codings, change.deleteCodingIds, change.putCodings),
});

const invertTable = <T extends { id: Id }>(before: Map<Id, T>, deleteIds: Id[], puts: T[]) => {
  const restore: T[] = [];
  const remove: Id[] = [];
  const seen = new Set<Id>();
  for (const id of deleteIds) {
    seen.add(id);
    const old = before.get(id);
    if (old !== undefined) restore.push(old);
  }
  for (const row of puts) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const old = before.get(row.id);
    if (old === undefined) remove.push(row.id);
    else restore.push(old);
  }
  return { restore, remove };
};

/** Only the records a change touches, looked up in one pass (the codings table can hold tens of thousands). */
const touchedRecords = <T extends { id: Id }>(rows: readonly T[], deleteIds: readonly Id[], puts: readonly T[]): Map<Id, T> => {
  const wanted = new Set<Id>(deleteIds);
  for (const row of puts) wanted.add(row.id);
  const found = new Map<Id, T>();
  if (wanted.size === 0) return found;
  for (const row of rows) if (wanted.has(row.id)) found.set(row.id, row);
  return found;
};

/** The change that takes the state after `change` back to `before` (only the records the change touched). */
export const invertChange = (before: Codebook, change: CodebookChange): CodebookChange => {
  const codes = invertTable(touchedRecords(before.codes, change.deleteCodeIds, change.putCodes), change.deleteCodeIds, change.putCodes);
  const codings = invertTable(
    touchedRecords(before.codings, change.deleteCodingIds, change.putCodings),
    change.deleteCodingIds,
    change.putCodings,
  );
  return { putCodes: codes.restore, deleteCodeIds: codes.remove, putCodings: codings.restore, deleteCodingIds: codings.remove };
};

/** Builds the outcome of an operation from its change: the new state and the undo are derived, never hand-written. */
export const commitChange = <Extra extends object>(before: Codebook, change: CodebookChange, extra: Extra): CodebookOutcome<Extra> => ({
  codebook: applyCodebookChange(before, change),
  change,
  undo: invertChange(before, change),
  ...extra,
});

/** Joins several changes into one, later changes winning; used when one user action is several operations. */
export const combineChanges = (before: Codebook, changes: CodebookChange[]): CodebookChange => {
  let state = before;
  for (const change of changes) state = applyCodebookChange(state, change);
  const beforeCodes = new Map(before.codes.map((code) => [code.id, code]));
  const beforeCodings = new Map(before.codings.map((coding) => [coding.id, coding]));
  const afterCodes = new Map(state.codes.map((code) => [code.id, code]));
  const afterCodings = new Map(state.codings.map((coding) => [coding.id, coding]));
  const touchedCodes = new Set(changes.flatMap((change) => [...change.deleteCodeIds, ...change.putCodes.map((code) => code.id)]));
  const touchedCodings = new Set(changes.flatMap((change) => [...change.deleteCodingIds, ...change.putCodings.map((coding) => coding.id)]));
  const result = emptyChange();
  for (const id of touchedCodes) {
    const after = afterCodes.get(id);
    if (after !== undefined) result.putCodes.push(after);
    else if (beforeCodes.has(id)) result.deleteCodeIds.push(id);
  }
  for (const id of touchedCodings) {
    const after = afterCodings.get(id);
    if (after !== undefined) result.putCodings.push(after);
    else if (beforeCodings.has(id)) result.deleteCodingIds.push(id);
  }
  return result;
};
