// The codes and codings of a project held in memory, and what every code-tree and coding operation hands back:
// the snapshot after it, the ProjectChange to commit, and the change that undoes it.
import type { Code, Coding } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { applyTableChange, invertChangeIn, type ProjectChange } from '../project/projectChange.ts';

export type CodingSnapshot = { codes: Code[]; codings: Coding[] };

export type CodingOutcome<Extra = Record<never, never>> = {
  snapshot: CodingSnapshot;
  change: ProjectChange;
  undo: ProjectChange;
} & Extra;

export type CodingChangeParts = { putCodes?: Code[]; deleteCodeIds?: Id[]; putCodings?: Coding[]; deleteCodingIds?: Id[] };

/** A ProjectChange of the codes and codings tables (only the tables with writes appear in it). */
export const codingChange = ({ putCodes = [], deleteCodeIds = [], putCodings = [], deleteCodingIds = [] }: CodingChangeParts): ProjectChange => {
  const change: ProjectChange = {};
  if (putCodes.length > 0 || deleteCodeIds.length > 0) change.codes = { put: putCodes, delete: deleteCodeIds };
  if (putCodings.length > 0 || deleteCodingIds.length > 0) change.codings = { put: putCodings, delete: deleteCodingIds };
  return change;
};

/** Applies a change to a snapshot exactly as the data layer applies it to the database. */
export const applyToSnapshot = (snapshot: CodingSnapshot, change: ProjectChange): CodingSnapshot => ({
  codes: applyTableChange('codes', snapshot.codes, change),
  codings: applyTableChange('codings', snapshot.codings, change),
});

/** Builds an operation's outcome from its change: the new snapshot and the undo are derived, never hand-written. */
export const outcomeOf = <Extra extends object>(before: CodingSnapshot, change: ProjectChange, extra: Extra): CodingOutcome<Extra> => ({
  snapshot: applyToSnapshot(before, change),
  change,
  undo: invertChangeIn(change, before),
  ...extra,
});
