// Integrity of the data displays in a project file. Refused: a display whose type and definition disagree, a network
// with two nodes of one id, a cell note under a key that is no cell key (nothing could be copied or shown right).
// Repaired with the user's agreement: a relation of no network display or between nodes its display does not have
// (it cannot be drawn), a summary sheet of no source (deleting a source deletes its sheets). Left as they are, as the
// app leaves them: ids inside a display that name rows deleted since (a node of a deleted code keeps its label, a
// cell note its evidence for the "evidence changed" flag, a relation the codings that once evidenced it).
import { cellKeyParts, type Display, type Id } from '../model/index.ts';
import { tableEntryPath } from './projectFileFormat.ts';
import { projectFileProblem, type ProjectFileProblem, type Repair, type RepairAction } from './projectFileProblem.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';

const isCellKey = (key: string): boolean => {
  try {
    cellKeyParts(key);
    return true;
  } catch {
    return false;
  }
};

/** What is wrong with one display's own structure, or null. */
const displayFault = (display: Display): string | null => {
  const { definition } = display;
  if ((display.type === 'network') !== (definition.kind === 'network')) return `type ${display.type} with a ${definition.kind} definition`;
  if (definition.kind === 'network') {
    const seen = new Set<Id>();
    for (const node of definition.nodes) {
      if (seen.has(node.id)) return `two nodes with the id ${node.id}`;
      seen.add(node.id);
    }
  }
  const badKey = Object.keys(display.cellNotes).find((key) => !isCellKey(key));
  return badKey === undefined ? null : `a cell note under "${badKey}", which is not a cell key`;
};

export const displayProblems = (snapshot: ProjectSnapshot, file: string): ProjectFileProblem[] =>
  snapshotRows(snapshot, 'displays').flatMap((display) => {
    const detail = displayFault(display);
    return detail === null ? [] : [projectFileProblem('displayDefinition', file, { entry: tableEntryPath('displays'), display: display.name, detail })];
  });

const repair = (action: RepairAction, key: Repair['message']['key'], params: Repair['message']['params']): Repair => ({ action, message: { key, params } });

export const displayRepairs = (snapshot: ProjectSnapshot): Repair[] => {
  const nodesOf = new Map(snapshotRows(snapshot, 'displays').map((display) => [
    display.id, display.definition.kind === 'network' ? new Map(display.definition.nodes.map((node) => [node.id, node.label])) : null,
  ]));
  const displayNames = new Map(snapshotRows(snapshot, 'displays').map((display) => [display.id, display.name]));
  const repairs: Repair[] = [];
  for (const relation of snapshotRows(snapshot, 'relations')) {
    const action: RepairAction = { kind: 'removeRelation', relationId: relation.id };
    const nodes = nodesOf.get(relation.displayId);
    if (nodes === undefined || nodes === null) {
      repairs.push(repair(action, 'projectFile.repair.relationMissingDisplay', { relation: relation.id, display: displayNames.get(relation.displayId) ?? relation.displayId }));
      continue;
    }
    const missing = [relation.fromNodeId, relation.toNodeId].find((nodeId) => !nodes.has(nodeId));
    if (missing !== undefined) {
      repairs.push(repair(action, 'projectFile.repair.relationMissingNode', { relation: relation.id, display: displayNames.get(relation.displayId) ?? '', node: missing }));
    }
  }
  const sources = new Set(snapshotRows(snapshot, 'sources').map((source) => source.id));
  for (const sheet of snapshotRows(snapshot, 'summarySheets')) {
    if (!sources.has(sheet.sourceId)) {
      repairs.push(repair({ kind: 'removeSummarySheet', sheetId: sheet.id }, 'projectFile.repair.summarySheetMissingSource', { sheet: sheet.id, source: sheet.sourceId }));
    }
  }
  return repairs;
};
