// Which rows of an installation table a project file carries ('referenced' in the entity registry): the coders the
// project's codings, memos and audit events name. A table marked 'referenced' without an entry here is a bug, and
// reading a snapshot says so at once rather than leaving its rows out of every file.
import type { Id } from '../../../shared/model/index.ts';
import type { Key, TableName } from '../../../shared/project/tableRows.ts';
import { snapshotRows, type ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';

const coderIdsOf = (snapshot: ProjectSnapshot): Id[] => {
  const ids = new Set<Id>();
  for (const coding of snapshotRows(snapshot, 'codings')) ids.add(coding.coderId);
  for (const memo of snapshotRows(snapshot, 'memos')) ids.add(memo.authorId);
  for (const event of snapshotRows(snapshot, 'auditEvents')) ids.add(event.actorId);
  return [...ids].sort();
};

const REFERENCES: { readonly [T in TableName]?: (snapshot: ProjectSnapshot) => Key[] } = { coders: coderIdsOf };

/** The keys of `table`'s rows that the project's own rows (already in `snapshot`) refer to, sorted. */
export const referencedKeys = (table: TableName, snapshot: ProjectSnapshot): Key[] => {
  const references = REFERENCES[table];
  if (references === undefined) throw new Error(`No rule says which rows of "${table}" a project file carries (renderer/data/projectFiles/referencedRows.ts).`);
  return references(snapshot);
};
