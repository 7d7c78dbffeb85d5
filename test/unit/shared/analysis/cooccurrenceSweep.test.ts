// The co-occurrence sweep (cooccurrenceView.ts compares only segments that can still meet, in start order) against the
// rule read literally — every pair of segments of one source — over many pseudo-random codings of the fixture's
// sources, in each mode, so an early stop of the sweep that misses a pair would show.
import { describe, expect, it } from 'vitest';
import { computeMatrixView, type MatrixData } from '../../../../shared/analysis/index.ts';
import type { Coding, CooccurrenceProximity } from '../../../../shared/model/index.ts';
import { blocksTouching, transcriptBlocks } from '../../../../shared/text/transcriptBlocks.ts';
import { matrixData } from './matrixFixture.ts';
import { matrixDisplay } from './viewFixture.ts';

const CODES = ['net', 'learn', 'collab', 'advocacy'];

/** Deterministic pseudo-random codings: short and long ranges anywhere in each source, on any code. */
const randomCodings = (count: number): Coding[] => {
  let seed = 11;
  const next = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * below);
  };
  return Array.from({ length: count }, (_, index) => {
    const source = matrixData.sources[next(matrixData.sources.length)];
    const start = next(source.text.length - 1);
    return { ...matrixData.codings[0], id: `r${index}`, sourceId: source.id, codeId: CODES[next(CODES.length)], start, end: Math.min(source.text.length, start + 1 + next(30)) };
  });
};

const meets = (mode: CooccurrenceProximity, text: string, turns: MatrixData['sources'][number]['turns'], a: Coding, b: Coding): boolean => {
  if (mode.kind === 'overlap') return a.start < b.end && b.start < a.end;
  if (mode.kind === 'proximity') return Math.max(a.start, b.start) - Math.min(a.end, b.end) <= mode.characters;
  const blocks = transcriptBlocks(text, turns);
  const first = blocksTouching(blocks, a.start, a.end);
  const second = blocksTouching(blocks, b.start, b.end);
  return first !== null && second !== null && first.first <= second.last && second.first <= first.last;
};

/** Pairs of segments of two different codes that meet, counted for every pair of segments. */
const literalCounts = (codings: readonly Coding[], mode: CooccurrenceProximity): number[][] => {
  const counts = CODES.map(() => CODES.map(() => 0));
  for (const source of matrixData.sources) {
    const here = codings.filter((coding) => coding.sourceId === source.id);
    here.forEach((a, i) => here.slice(i + 1).forEach((b) => {
      if (a.codeId === b.codeId || !meets(mode, source.text, source.turns, a, b)) return;
      counts[CODES.indexOf(a.codeId)][CODES.indexOf(b.codeId)] += 1;
      counts[CODES.indexOf(b.codeId)][CODES.indexOf(a.codeId)] += 1;
    }));
  }
  return counts.map((row, a) => row.map((count, b) => (a === b ? codings.filter((coding) => coding.codeId === CODES[a]).length : count)));
};

describe('the co-occurrence sweep', () => {
  const codings = randomCodings(400);
  const data: MatrixData = { ...matrixData, codings };
  it.each([
    { kind: 'overlap' }, { kind: 'same-turn' }, { kind: 'proximity', characters: 0 }, { kind: 'proximity', characters: 7 },
  ] satisfies CooccurrenceProximity[])('counts every meeting pair in mode %j', (mode) => {
    const view = computeMatrixView(data, matrixDisplay('cooccurrence', { codeIds: CODES, cooccurrence: mode }));
    const expected = literalCounts(codings, mode);
    expect(view.cells.map((row) => row.map((cell) => cell.value))).toEqual(expected);
    expect(expected[0][2]).toBeGreaterThan(0);
  });
});
