// The code co-occurrence matrix of the displays (issue 9): codes against codes, each cell counting the pairs of coded
// segments of the two codes that overlap, lie in the same turn (block), or lie within N characters of each other in
// one source, with the coefficient n12 / (n1 + n2 − n12) beside the count (n1, n2: the codes' segments), as
// ATLAS.ti's c-coefficient. A segment never pairs with itself, so a coding that counts for a code and for its chosen
// sub-code adds nothing; the coefficient can pass 1 only when one segment meets several of the other code.
import { codePath, indexCodes } from '../codebook/codeTree.ts';
import type { Id } from '../model/index.ts';
import { transcriptBlocks, blocksTouching } from '../text/transcriptBlocks.ts';
import { chosenCodeIds, codeColumnsByCode } from './codeMatrix.ts';
import { collectMatrixEvidence, type MatrixEvidence } from './matrixEvidence.ts';
import type { MatrixData, MatrixFilters } from './matrixTypes.ts';

export type CooccurrenceMode = { kind: 'overlap' } | { kind: 'same-turn' } | { kind: 'proximity'; characters: number };

export type CooccurrenceDefinition = {
  codeIds: readonly Id[] | null;
  withSubCodes: boolean;
  mode: CooccurrenceMode;
  filters?: MatrixFilters;
};

/** On the diagonal `count` is the code's own segments and `coefficient` null; elsewhere null when neither has any. */
export type CooccurrenceCell = { count: number; coefficient: number | null };

export type CooccurrenceMatrix = {
  /** The codes, both the rows and the columns, with their segments (n1, n2). */
  codes: { id: Id; label: string; segments: number }[];
  cells: CooccurrenceCell[][];
};

/** Decides whether two segments of one source co-occur in the chosen mode. */
const meetsFor = (mode: CooccurrenceMode, source: MatrixEvidence['source']): ((a: MatrixEvidence, b: MatrixEvidence) => boolean) => {
  if (mode.kind === 'overlap') return (a, b) => a.coding.start < b.coding.end && b.coding.start < a.coding.end;
  if (mode.kind === 'proximity') {
    return (a, b) => Math.max(a.coding.start, b.coding.start) - Math.min(a.coding.end, b.coding.end) <= mode.characters;
  }
  const blocks = transcriptBlocks(source.text, source.turns);
  const spans = new Map<MatrixEvidence, { first: number; last: number } | null>();
  const spanOf = (item: MatrixEvidence) => {
    if (!spans.has(item)) spans.set(item, blocksTouching(blocks, item.coding.start, item.coding.end));
    return spans.get(item) ?? null;
  };
  return (a, b) => {
    const first = spanOf(a);
    const second = spanOf(b);
    return first !== null && second !== null && first.first <= second.last && second.first <= first.last;
  };
};

const pairKey = (a: Id, b: Id): string => JSON.stringify(a < b ? [a, b] : [b, a]);

export const buildCooccurrenceMatrix = (data: MatrixData, definition: CooccurrenceDefinition): CooccurrenceMatrix => {
  const chosen = chosenCodeIds(data, definition.codeIds);
  const codesOf = codeColumnsByCode(data, chosen, definition.withSubCodes);
  const evidence = collectMatrixEvidence(data, (coding) => codesOf.has(coding.codeId), definition.filters ?? {});
  const segments = new Map<Id, number>();
  const bySource = new Map<Id, MatrixEvidence[]>();
  for (const item of evidence) {
    for (const codeId of codesOf.get(item.coding.codeId) ?? []) segments.set(codeId, (segments.get(codeId) ?? 0) + 1);
    const list = bySource.get(item.source.id);
    if (list === undefined) bySource.set(item.source.id, [item]);
    else list.push(item);
  }
  const pairs = new Map<string, number>();
  for (const items of bySource.values()) {
    const meets = meetsFor(definition.mode, items[0].source);
    for (let i = 0; i < items.length; i += 1) {
      for (let j = i + 1; j < items.length; j += 1) {
        if (!meets(items[i], items[j])) continue;
        // Each pair of segments counts once per pair of codes, whichever of the two carries which code.
        const keys = new Set<string>();
        for (const a of codesOf.get(items[i].coding.codeId) ?? []) {
          for (const b of codesOf.get(items[j].coding.codeId) ?? []) if (a !== b) keys.add(pairKey(a, b));
        }
        for (const key of keys) pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const byId = indexCodes(data.codes);
  const cell = (a: Id, b: Id): CooccurrenceCell => {
    const n1 = segments.get(a) ?? 0;
    if (a === b) return { count: n1, coefficient: null };
    const n12 = pairs.get(pairKey(a, b)) ?? 0;
    const union = n1 + (segments.get(b) ?? 0) - n12;
    return { count: n12, coefficient: union === 0 ? null : n12 / union };
  };
  return {
    codes: chosen.map((id) => ({ id, label: codePath(byId, id), segments: segments.get(id) ?? 0 })),
    cells: chosen.map((a) => chosen.map((b) => cell(a, b))),
  };
};
