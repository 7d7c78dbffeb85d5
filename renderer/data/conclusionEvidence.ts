// The conclusions seen from the passages: which conclusions hold a coding (or a display cell) as evidence, for the
// badges on excerpt lists and cells, and the "create one" path of the Add-as-evidence dialog, which draws a conclusion
// from a statement typed there and adds the evidence to it.
import { conclusionStatus, type Conclusion, type ConclusionStatus, type EvidenceStance, type EvidenceTarget, type Id } from '../../shared/model/index.ts';
import { lexicalJsonFromPlainText } from '../../shared/model/memoContent.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { addEvidence, conclusionName, createConclusion } from './conclusions.ts';
import type { CaseweaveDatabase } from './database.ts';

/** One conclusion an excerpt or a cell is evidence of, as its badge shows it. */
export type EvidenceBadge = { conclusionId: Id; statement: string; stance: EvidenceStance; status: ConclusionStatus };

export type EvidenceIndex = {
  byCoding: ReadonlyMap<Id, readonly EvidenceBadge[]>;
  /** Keyed by JSON [displayId, cellKey]. */
  byCell: ReadonlyMap<string, readonly EvidenceBadge[]>;
};

export const cellEvidenceKey = (displayId: Id, cellKey: string): string => JSON.stringify([displayId, cellKey]);

const append = <K>(map: Map<K, EvidenceBadge[]>, key: K, badge: EvidenceBadge) => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [badge]);
  else list.push(badge);
};

/** Indexes the conclusions' coding and cell evidence by what it points at, in the conclusions' order. */
export const indexEvidence = (conclusions: readonly Conclusion[]): EvidenceIndex => {
  const byCoding = new Map<Id, EvidenceBadge[]>();
  const byCell = new Map<string, EvidenceBadge[]>();
  for (const conclusion of conclusions) {
    const common = { conclusionId: conclusion.id, statement: conclusionName(conclusion), status: conclusionStatus(conclusion) };
    for (const item of conclusion.evidence) {
      if (item.target.kind === 'coding') append(byCoding, item.target.codingId, { ...common, stance: item.stance });
      else if (item.target.kind === 'cell') append(byCell, cellEvidenceKey(item.target.displayId, item.target.cellKey), { ...common, stance: item.stance });
    }
  }
  return { byCoding, byCell };
};

/** Conclusions whose statement holds every word of the query (case-insensitive), in their order; all for an empty query. */
export const matchConclusions = (conclusions: readonly Conclusion[], query: string): Conclusion[] => {
  const words = query.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
  return conclusions.filter((conclusion) => {
    const text = conclusion.statement.plainText.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
};

/**
 * Draws a tentative conclusion from a plain-text statement and adds the evidence to it: two commits, two undo steps
 * (the evidence first, then the conclusion), so Undo of the toast takes the evidence back and keeps the conclusion.
 */
export const addEvidenceToNewConclusion = async (
  db: CaseweaveDatabase, projectId: Id, statementText: string, target: EvidenceTarget, stance: EvidenceStance, weightNote: string,
  undo?: UndoManager,
): Promise<Conclusion> => {
  const plainText = statementText.trim();
  const drawn = await createConclusion(db, projectId, {
    statement: { content: plainText === '' ? '' : lexicalJsonFromPlainText(plainText), plainText }, researchQuestionId: null, modelRole: null, codeIds: [],
  }, undo);
  return addEvidence(db, drawn.id, target, stance, weightNote, undo);
};

/** A coding with its code's name, as a search hit offers it as evidence. */
export type NamedCoding = { id: Id; start: number; end: number; codeName: string };

/** The codings of one source with their codes' names, in text order: what search hits in it may offer as evidence. */
export const namedCodingsOfSource = async (db: CaseweaveDatabase, sourceId: Id): Promise<NamedCoding[]> => {
  const codings = await db.codings.where('sourceId').equals(sourceId).toArray();
  const codes = await db.codes.bulkGet([...new Set(codings.map((coding) => coding.codeId))]);
  const names = new Map(codes.flatMap((code) => (code === undefined ? [] : [[code.id, code.name] as const])));
  return codings
    .map((coding) => ({ id: coding.id, start: coding.start, end: coding.end, codeName: names.get(coding.codeId) ?? '' }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
};

/** The codings that share at least one character with the passage [start, end). */
export const codingsOverlapping = <C extends { start: number; end: number }>(codings: readonly C[], start: number, end: number): C[] =>
  codings.filter((coding) => coding.start < end && coding.end > start);
