// The co-occurrence display: codes against codes, each cell counting the pairs of coded segments of the two codes that
// overlap, lie in the same turn, or lie within N characters in one source (cooccurrenceMatrix.ts has the rule), with
// the coefficient n12 / (n1 + n2 − n12) beside the count; the diagonal holds each code's own segments, and the
// headers' totals are those segments (n1). Segments are swept in start order per source, so only neighbours that can
// still meet are compared, not every pair; an off-diagonal cell's codings are those of its pairs, source by source in
// text order.
import { formatNumber } from '../i18n/translate.ts';
import { cellKey, type CooccurrenceProximity, type Id } from '../model/index.ts';
import { blocksTouching } from '../text/transcriptBlocks.ts';
import { sourceBlocks } from './sourceBlocks.ts';
import type { MatrixEvidence } from './matrixEvidence.ts';
import type { ViewCell, ViewHeader } from './displayView.ts';
import type { AxisValue } from './viewGrid.ts';
import type { Grid } from './viewGrid.ts';

/** A segment's reach on the axis the mode compares: characters, or the indexes of the turns (blocks) it touches. */
type Span = { item: MatrixEvidence; from: number; to: number };

/** The spans of one source's segments in the mode, sorted by where they begin; meeting is `b.from <= a.to + slack`. */
const spansOf = (items: readonly MatrixEvidence[], mode: CooccurrenceProximity): { spans: Span[]; slack: number; strict: boolean } => {
  if (mode.kind === 'same-turn') {
    const blocks = sourceBlocks(items[0].source);
    const spans = items.flatMap((item) => {
      const touched = blocksTouching(blocks, item.coding.start, item.coding.end);
      return touched === null ? [] : [{ item, from: touched.first, to: touched.last }];
    });
    return { spans: spans.sort((a, b) => a.from - b.from), slack: 0, strict: false };
  }
  const spans = items.map((item) => ({ item, from: item.coding.start, to: item.coding.end })).sort((a, b) => a.from - b.from);
  // Overlap needs b to start before a ends (half-open ranges); proximity allows a gap of up to N characters.
  return mode.kind === 'overlap' ? { spans, slack: 0, strict: true } : { spans, slack: Math.max(0, mode.characters), strict: false };
};

type PairCell = { count: number; codingIds: Set<Id> };

export type CooccurrenceGrid = Grid & { coefficients: (number | null)[][] };

export const buildCooccurrenceGrid = (
  evidence: readonly MatrixEvidence[], codes: readonly AxisValue[], codesOf: ReadonlyMap<Id, readonly Id[]>, mode: CooccurrenceProximity,
): CooccurrenceGrid => {
  const size = codes.length;
  const indexOf = new Map(codes.map((code, index) => [code.id, index]));
  const indexesOf = new Map([...codesOf].map(([codeId, ids]) => [codeId, ids.flatMap((id) => indexOf.get(id) ?? [])]));
  const own: Id[][] = codes.map(() => []);
  const bySource = new Map<Id, MatrixEvidence[]>();
  for (const item of evidence) {
    for (const index of indexesOf.get(item.coding.codeId) ?? []) own[index].push(item.coding.id);
    const list = bySource.get(item.source.id);
    if (list === undefined) bySource.set(item.source.id, [item]);
    else list.push(item);
  }
  const pairs = new Map<number, PairCell>();
  const pairAt = (a: number, b: number): PairCell => {
    const key = Math.min(a, b) * size + Math.max(a, b);
    let found = pairs.get(key);
    if (found === undefined) {
      found = { count: 0, codingIds: new Set() };
      pairs.set(key, found);
    }
    return found;
  };
  for (const items of bySource.values()) {
    const { spans, slack, strict } = spansOf(items, mode);
    for (let i = 0; i < spans.length; i += 1) {
      const first = spans[i];
      for (let j = i + 1; j < spans.length; j += 1) {
        const second = spans[j];
        if (strict ? second.from >= first.to : second.from > first.to + slack) break;
        // Each pair of segments counts once per pair of codes, whichever of the two carries which code.
        const keys = new Set<number>();
        for (const a of indexesOf.get(first.item.coding.codeId) ?? []) {
          for (const b of indexesOf.get(second.item.coding.codeId) ?? []) if (a !== b) keys.add(Math.min(a, b) * size + Math.max(a, b));
        }
        for (const key of keys) {
          const cell = pairAt(Math.floor(key / size), key % size);
          cell.count += 1;
          cell.codingIds.add(first.item.coding.id);
          cell.codingIds.add(second.item.coding.id);
        }
      }
    }
  }

  const informantsOf = new Map<Id, readonly Id[]>(evidence.map((item) => [item.coding.id, item.informantIds]));
  const distinctInformants = (codingIds: readonly Id[]): number => {
    const seen = new Set<Id>();
    for (const codingId of codingIds) for (const id of informantsOf.get(codingId) ?? []) seen.add(id);
    return seen.size;
  };
  const coefficients: (number | null)[][] = [];
  const cells = codes.map((row, a) => {
    coefficients.push([]);
    return codes.map((column, b): ViewCell => {
      const n1 = own[a].length;
      const pair = a === b ? null : (pairs.get(Math.min(a, b) * size + Math.max(a, b)) ?? null);
      const count = a === b ? n1 : (pair?.count ?? 0);
      const union = n1 + own[b].length - count;
      const coefficient = a === b || union === 0 ? null : count / union;
      coefficients[a].push(coefficient);
      const codingIds = a === b ? own[a] : [...(pair?.codingIds ?? [])];
      return {
        key: cellKey(row.id, column.id),
        value: count,
        detail: coefficient === null ? null : formatNumber(Math.round(coefficient * 100) / 100),
        coefficient,
        codingIds,
        informants: distinctInformants(codingIds),
        excerpts: codingIds.length,
        quotes: null,
        empty: count === 0,
      };
    });
  });
  const header = (code: AxisValue, index: number): ViewHeader => ({
    id: code.id, label: code.label, none: false, total: own[index].length, empty: own[index].length === 0, groupId: null,
  });
  return { rows: codes.map(header), columns: codes.map(header), cells, total: new Set(evidence.map((item) => item.coding.id)).size, coefficients };
};
