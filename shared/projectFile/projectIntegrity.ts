// Referential integrity of a project snapshot read from a file: problems no repair can fix safely (duplicate ids,
// rows of another project, a source without text, a broken code tree, a damaged display or conclusion) refuse the file; references
// to rows that are missing, codings past the end of their text or splitting a grapheme cluster, kept originals that are not their source's file, and
// relations or summary sheets of nothing (displayIntegrity.ts) and rivals of no conclusion (conclusionIntegrity.ts) come back as repairs the user may agree to.
import { memoTargetKey, type Id, type Memo } from '../model/index.ts';
import { ENTITY_REGISTRY, keyOf, projectFileTables, tableOfMemoTarget } from '../project/entityRegistry.ts';
import type { Key, TableName } from '../project/tableRows.ts';
import { applyRepairs } from './applyRepairs.ts';
import { codeAnchorRepairs } from './codeAnchorIntegrity.ts';
import { conclusionProblems, conclusionRepairs } from './conclusionIntegrity.ts';
import { memberCheckProblems, memberCheckRepairs } from './memberCheckIntegrity.ts';
import { memoRangeRepairs } from './memoRangeIntegrity.ts';
import { displayProblems, displayRepairs } from './displayIntegrity.ts';
import { ORIGINALS_FOLDER, tableEntryPath } from './projectFileFormat.ts';
import { projectFileProblem, type ProjectFileProblem, type Repair, type RepairAction } from './projectFileProblem.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';
import { snapRangeToGraphemes } from '../text/graphemes.ts';

export type IntegrityReport = {
  /** Problems that refuse the file. */
  problems: ProjectFileProblem[];
  /** Safe repairs, in the order applyRepairs applies them. */
  repairs: Repair[];
};

const repair = (action: RepairAction, key: Repair['message']['key'], params: Repair['message']['params']): Repair => ({ action, message: { key, params } });

export type IntegrityOptions = {
  /** The SHA-256 of each kept original's bytes, by source id: an original must be its source's imported file. */
  originalHashes?: ReadonlyMap<Id, string>;
};

/** The entry a row was read from: its table's JSON, or for a kept original the folder of its source. */
const entryOfRow = (table: TableName, key: Key): string =>
  ENTITY_REGISTRY[table].projectFile === 'originals' ? `${ORIGINALS_FOLDER}${String(key)}/` : tableEntryPath(table);

/** Duplicate keys, rows of another project, the project row itself. */
const structuralProblems = (snapshot: ProjectSnapshot, file: string): ProjectFileProblem[] => {
  const problems: ProjectFileProblem[] = [];
  for (const table of projectFileTables()) {
    if (table === 'auditEvents') continue;
    const seen = new Set<Key>();
    for (const row of snapshotRows(snapshot, table)) {
      const key = keyOf(table, row);
      if (seen.has(key)) problems.push(projectFileProblem('duplicateId', file, { entry: entryOfRow(table, key), id: String(key) }));
      seen.add(key);
      if (ENTITY_REGISTRY[table].scope === 'projectId' && 'projectId' in row && row.projectId !== snapshot.projectId) {
        problems.push(projectFileProblem('foreignRow', file, { entry: entryOfRow(table, key), id: String(key) }));
      }
    }
  }
  const projects = snapshotRows(snapshot, 'projects');
  if (projects.length !== 1 || projects[0].id !== snapshot.projectId) problems.push(projectFileProblem('projectMismatch', file, { id: snapshot.projectId }));
  return problems;
};

const codeTreeProblems = (snapshot: ProjectSnapshot, file: string): ProjectFileProblem[] => {
  const parents = new Map(snapshotRows(snapshot, 'codes').map((code) => [code.id, code.parentId]));
  const names = new Map(snapshotRows(snapshot, 'codes').map((code) => [code.id, code.name]));
  const problems: ProjectFileProblem[] = [];
  for (const [codeId, parentId] of parents) {
    if (parentId !== null && !parents.has(parentId)) problems.push(projectFileProblem('missingParentCode', file, { code: names.get(codeId) ?? codeId, parent: parentId }));
  }
  const settled = new Set<Id>();
  for (const start of parents.keys()) {
    const path = new Set<Id>();
    let current: Id | null | undefined = start;
    while (current !== null && current !== undefined && !settled.has(current)) {
      if (path.has(current)) {
        problems.push(projectFileProblem('codeCycle', file, { code: names.get(current) ?? current }));
        break;
      }
      path.add(current);
      current = parents.get(current);
    }
    for (const visited of path) settled.add(visited);
  }
  return problems;
};

const memoTargetExists = (memo: Memo, ids: (table: keyof typeof ENTITY_REGISTRY) => ReadonlySet<Key>): boolean => {
  if (memo.target.kind === 'project') return true;
  const table = tableOfMemoTarget(memo.target.kind);
  return table !== undefined && ids(table).has(memo.target.id);
};

/** Kept originals of no source, or whose bytes are not the file the source was imported from, are dropped. */
const originalRepairs = (snapshot: ProjectSnapshot, hashes: ReadonlyMap<Id, string>): Repair[] => {
  const sources = new Map(snapshotRows(snapshot, 'sources').map((source) => [source.id, source]));
  return snapshotRows(snapshot, 'sourceOriginals').flatMap((original) => {
    const source = sources.get(original.sourceId);
    const action: RepairAction = { kind: 'removeOriginal', sourceId: original.sourceId };
    if (source === undefined) return [repair(action, 'originals.repair.orphan', { source: original.sourceId, fileName: original.fileName })];
    const sha256 = hashes.get(original.sourceId);
    if (sha256 === undefined || sha256 === source.sha256) return [];
    return [repair(action, 'originals.repair.mismatch', { source: source.title, fileName: original.fileName })];
  });
};

/** The repairs one pass finds; a repair can uncover another (a removed coding's memo), so checks run to a fixed point. */
const repairsOf = (snapshot: ProjectSnapshot, hashes: ReadonlyMap<Id, string>): Repair[] => {
  const keySets = new Map<string, ReadonlySet<Key>>();
  const ids = (table: keyof typeof ENTITY_REGISTRY): ReadonlySet<Key> => {
    let found = keySets.get(table);
    if (found === undefined) {
      found = new Set(snapshotRows(snapshot, table).map((row) => keyOf(table, row)));
      keySets.set(table, found);
    }
    return found;
  };
  const sources = new Map(snapshotRows(snapshot, 'sources').map((source) => [source.id, source]));
  const texts = new Map(snapshotRows(snapshot, 'sourceTexts').map((row) => [row.sourceId, row.text]));
  const informants = ids('informants');
  const repairs: Repair[] = [...originalRepairs(snapshot, hashes), ...displayRepairs(snapshot), ...conclusionRepairs(snapshot), ...memberCheckRepairs(snapshot), ...codeAnchorRepairs(snapshot),
    ...memoRangeRepairs(snapshot)];
  for (const row of snapshotRows(snapshot, 'sourceTexts')) {
    if (!sources.has(row.sourceId)) repairs.push(repair({ kind: 'removeSourceText', sourceId: row.sourceId }, 'projectFile.repair.orphanSourceText', { source: row.sourceId }));
  }
  for (const source of sources.values()) {
    for (const informantId of source.informantIds) {
      if (!informants.has(informantId)) {
        repairs.push(repair({ kind: 'unlinkInformant', sourceId: source.id, informantId }, 'projectFile.repair.sourceMissingInformant', { source: source.title, informant: informantId }));
      }
    }
    for (const [speaker, informantId] of Object.entries(source.speakerLinks)) {
      if (!informants.has(informantId)) {
        repairs.push(repair({ kind: 'unlinkSpeaker', sourceId: source.id, speaker }, 'projectFile.repair.speakerMissingInformant', { source: source.title, speaker, informant: informantId }));
      }
    }
  }
  const codes = ids('codes');
  for (const coding of snapshotRows(snapshot, 'codings')) {
    const source = sources.get(coding.sourceId);
    const text = texts.get(coding.sourceId) ?? '';
    const { length } = text;
    const remove: RepairAction = { kind: 'removeCoding', codingId: coding.id };
    const params = { coding: coding.id, source: source?.title ?? coding.sourceId, code: coding.codeId, start: coding.start, end: coding.end, length };
    if (source === undefined) repairs.push(repair(remove, 'projectFile.repair.codingMissingSource', params));
    else if (!codes.has(coding.codeId)) repairs.push(repair(remove, 'projectFile.repair.codingMissingCode', params));
    else if (coding.start >= coding.end || coding.start >= length) repairs.push(repair(remove, 'projectFile.repair.codingOutsideText', params));
    else if (coding.end > length) repairs.push(repair({ kind: 'shortenCoding', codingId: coding.id, end: length }, 'projectFile.repair.codingPastEnd', params));
    else {
      // Another tool's offsets (or a hand edit) may split a cluster the app never would: the coding takes it whole.
      const whole = snapRangeToGraphemes(text, { start: coding.start, end: coding.end });
      if (whole.start !== coding.start || whole.end !== coding.end) {
        repairs.push(repair({ kind: 'widenCoding', codingId: coding.id, ...whole }, 'projectFile.repair.codingSplitsCharacter', { ...params, newStart: whole.start, newEnd: whole.end }));
      }
    }
  }
  for (const memo of snapshotRows(snapshot, 'memos')) {
    const target = memo.target.kind === 'project' ? 'project' : memo.target.id;
    if (!memoTargetExists(memo, ids)) {
      repairs.push(repair({ kind: 'removeMemo', memoId: memo.id }, 'projectFile.repair.memoMissingTarget', { title: memo.title, kind: memo.target.kind, target }));
    } else if (memo.targetKey !== memoTargetKey(memo.target)) {
      repairs.push(repair({ kind: 'setMemoTargetKey', memoId: memo.id, targetKey: memoTargetKey(memo.target) }, 'projectFile.repair.memoTargetKey', { title: memo.title }));
    }
  }
  return repairs;
};

export const checkProjectIntegrity = (snapshot: ProjectSnapshot, file: string, options: IntegrityOptions = {}): IntegrityReport => {
  const hashes = options.originalHashes ?? new Map<Id, string>();
  const problems = [...structuralProblems(snapshot, file), ...codeTreeProblems(snapshot, file), ...displayProblems(snapshot, file),
    ...conclusionProblems(snapshot, file), ...memberCheckProblems(snapshot, file)];
  const texts = new Set(snapshotRows(snapshot, 'sourceTexts').map((row) => row.sourceId));
  for (const source of snapshotRows(snapshot, 'sources')) {
    if (!texts.has(source.id)) problems.push(projectFileProblem('missingSourceText', file, { source: source.title }));
  }
  if (problems.length > 0) return { problems, repairs: [] };
  const repairs: Repair[] = [];
  let current = snapshot;
  for (let found = repairsOf(current, hashes); found.length > 0; found = repairsOf(current, hashes)) {
    repairs.push(...found);
    current = applyRepairs(current, found).snapshot;
  }
  return { problems, repairs };
};
