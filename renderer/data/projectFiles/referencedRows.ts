// Which rows of an installation table a project file carries ('referenced' in the entity registry): the coders the
// project's codings, memos and audit events name. A table marked 'referenced' without an entry here is a bug, and
// reading a snapshot says so at once rather than leaving its rows out of every file.
import type { Key, TableName } from '../../../shared/project/tableRows.ts';
import type { ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';
import { referencedCoderIds } from '../../../shared/projectFile/referencedCoders.ts';

const REFERENCES: { readonly [T in TableName]?: (snapshot: ProjectSnapshot) => Key[] } = {
  coders: (snapshot) => [...referencedCoderIds(snapshot)].sort(),
};

/** The keys of `table`'s rows that the project's own rows (already in `snapshot`) refer to, sorted. */
export const referencedKeys = (table: TableName, snapshot: ProjectSnapshot): Key[] => {
  const references = REFERENCES[table];
  if (references === undefined) throw new Error(`No rule says which rows of "${table}" a project file carries (renderer/data/projectFiles/referencedRows.ts).`);
  return references(snapshot);
};
