// Fresh ids for the data displays of a copied project (reidentifySnapshot): displays with their network nodes, the
// codes their definitions name and the row and column ids inside their cell keys; relations with their nodes and
// evidence; summary sheets with their source, theme codes and research questions. Coders keep their ids.
import { cellKey, cellKeyParts, type CellNote, type Display, type DisplayDefinition, type Id, type Relation, type SummarySheet } from '../model/index.ts';

/** Maps an id to its fresh id (the same one wherever it appears), and tells whether an id names a row of the project. */
export type Renewal = {
  renew(id: Id): Id;
  /** The fresh id of `value` when it is an id of the project (already renewed), else `value` itself (a role, a kind, a period). */
  renewIfKnown(value: string): string;
};

const renewDefinition = (definition: DisplayDefinition, { renew }: Renewal): DisplayDefinition => {
  if (definition.kind === 'network') {
    return {
      ...definition,
      nodes: definition.nodes.map((node) => ({
        ...node, id: renew(node.id), refId: node.refId !== null && (node.kind === 'code' || node.kind === 'informant') ? renew(node.refId) : node.refId,
      })),
    };
  }
  const { clusterBy, checklistCodeId } = definition;
  return {
    ...definition,
    codeIds: definition.codeIds?.map(renew) ?? null,
    ...(clusterBy === undefined ? {} : { clusterBy: clusterBy.kind === 'parent-codes' ? { kind: 'parent-codes', codeIds: clusterBy.codeIds.map(renew) } : clusterBy }),
    ...(checklistCodeId === undefined ? {} : { checklistCodeId: checklistCodeId === null ? null : renew(checklistCodeId) }),
  };
};

/**
 * A cell key holds a row id and a column id: informant, source and code ids are renewed; roles, source kinds and
 * periods are not ids and stay. An id no row of the project has (a code deleted since) is kept as it was.
 */
const renewCellNotes = (notes: Record<string, CellNote>, renewal: Renewal): Record<string, CellNote> =>
  Object.fromEntries(Object.entries(notes).map(([key, note]) => {
    const [rowId, columnId] = cellKeyParts(key);
    return [cellKey(renewal.renewIfKnown(rowId), renewal.renewIfKnown(columnId)), {
      ...note,
      quoteCodingId: note.quoteCodingId === null ? null : renewal.renew(note.quoteCodingId),
      evidenceSeen: note.evidenceSeen.map(renewal.renew),
    }];
  }));

export const renewDisplays = (displays: readonly Display[], projectId: Id, renewal: Renewal): Display[] =>
  displays.map((display) => ({
    ...display, id: renewal.renew(display.id), projectId, definition: renewDefinition(display.definition, renewal),
    cellNotes: renewCellNotes(display.cellNotes, renewal),
  }));

export const renewRelations = (relations: readonly Relation[], projectId: Id, { renew }: Renewal): Relation[] =>
  relations.map((relation) => ({
    ...relation, id: renew(relation.id), projectId, displayId: renew(relation.displayId), fromNodeId: renew(relation.fromNodeId),
    toNodeId: renew(relation.toNodeId), evidence: { codingIds: relation.evidence.codingIds.map(renew), memoIds: relation.evidence.memoIds.map(renew) },
  }));

export const renewSummarySheets = (sheets: readonly SummarySheet[], projectId: Id, { renew }: Renewal): SummarySheet[] =>
  sheets.map((sheet) => {
    const common = { id: renew(sheet.id), projectId, sourceId: renew(sheet.sourceId) };
    if (sheet.kind === 'document') return { ...sheet, ...common };
    return {
      ...sheet, ...common, themeCodeIds: sheet.themeCodeIds.map(renew),
      researchQuestions: Object.fromEntries(Object.entries(sheet.researchQuestions).map(([questionId, text]) => [renew(questionId), text])),
    };
  });
