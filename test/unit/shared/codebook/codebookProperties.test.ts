// Random sequences of code-tree operations: the tree stays well-formed and every undo restores the state before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyToSnapshot,
  CodebookError,
  codeNameKey,
  createCode,
  deleteCode,
  descendantIds,
  mergeCodes,
  moveCode,
  renameCode,
  type CodingOutcome,
  type CodingSnapshot,
} from '../../../../shared/codebook/index.ts';
import { normalized, PROJECT, sampleSnapshot } from './codebookFixture.ts';

type Step =
  | { op: 'create'; parent: number; name: string; index: number }
  | { op: 'rename'; code: number; name: string }
  | { op: 'move'; code: number; parent: number; index: number }
  | { op: 'merge'; code: number; target: number }
  | { op: 'delete'; code: number };

const nameArb = fc.constantFrom('Learning', 'learning ', 'Training', 'Market information', 'Exhibitions', 'Design', 'Quality');
const pick = fc.nat({ max: 50 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), parent: pick, name: nameArb, index: fc.nat({ max: 5 }) }),
  fc.record({ op: fc.constant('rename' as const), code: pick, name: nameArb }),
  fc.record({ op: fc.constant('move' as const), code: pick, parent: pick, index: fc.nat({ max: 5 }) }),
  fc.record({ op: fc.constant('merge' as const), code: pick, target: pick }),
  fc.record({ op: fc.constant('delete' as const), code: pick }),
);

let ids = 0;
const context = { now: '2026-03-01T00:00:00.000Z', newId: () => `r-${++ids}` };

const run = (snapshot: CodingSnapshot, step: Step): CodingOutcome | null => {
  const codeAt = (index: number): string | null => (snapshot.codes.length === 0 ? null : snapshot.codes[index % snapshot.codes.length].id);
  // Index 0 of a "parent" choice means the top level.
  const parentAt = (index: number): string | null => (index === 0 ? null : codeAt(index - 1));
  const code = 'code' in step ? codeAt(step.code) : null;
  switch (step.op) {
    case 'create':
      return createCode(snapshot, { projectId: PROJECT, parentId: parentAt(step.parent), name: step.name, index: step.index }, context);
    case 'rename':
      return code === null ? null : renameCode(snapshot, code, step.name, context);
    case 'move':
      return code === null ? null : moveCode(snapshot, code, parentAt(step.parent), step.index, context);
    case 'merge': {
      const target = codeAt(step.target);
      return code === null || target === null ? null : mergeCodes(snapshot, code, target, context);
    }
    case 'delete':
      return code === null ? null : deleteCode(snapshot, code, context);
  }
};

const assertWellFormed = (snapshot: CodingSnapshot): void => {
  const codeIds = new Set(snapshot.codes.map((code) => code.id));
  const levels = new Map<string | null, typeof snapshot.codes>();
  for (const code of snapshot.codes) {
    if (code.parentId !== null) expect(codeIds.has(code.parentId)).toBe(true);
    expect(descendantIds(snapshot.codes, code.id).has(code.id)).toBe(false);
    levels.set(code.parentId, [...(levels.get(code.parentId) ?? []), code]);
  }
  for (const level of levels.values()) {
    expect(level.map((code) => code.order).sort((a, b) => a - b)).toEqual(level.map((_, index) => index));
    expect(new Set(level.map((code) => codeNameKey(code.name))).size).toBe(level.length);
  }
  for (const coding of snapshot.codings) expect(codeIds.has(coding.codeId)).toBe(true);
  const codingKeys = snapshot.codings.map((coding) => `${coding.codeId}|${coding.sourceId}|${coding.start}|${coding.end}`);
  expect(new Set(codingKeys).size).toBe(codingKeys.length);
};

describe('code-tree operations under random sequences', () => {
  it('keep the tree well-formed, and each undo restores the state before', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 25 }), (steps) => {
        let snapshot = sampleSnapshot();
        const history: Array<{ before: CodingSnapshot; outcome: CodingOutcome }> = [];
        for (const step of steps) {
          let outcome: CodingOutcome | null;
          try {
            outcome = run(snapshot, step);
          } catch (error) {
            // Refusals are part of the contract; anything else is a bug.
            if (!(error instanceof CodebookError)) throw error;
            outcome = null;
          }
          if (outcome === null) continue;
          expect(normalized(applyToSnapshot(snapshot, outcome.change))).toEqual(normalized(outcome.snapshot));
          history.push({ before: snapshot, outcome });
          snapshot = outcome.snapshot;
          assertWellFormed(snapshot);
        }
        // Undo everything, newest first, through the undo changes alone.
        for (const { before, outcome } of history.reverse()) {
          snapshot = applyToSnapshot(snapshot, outcome.undo);
          expect(normalized(snapshot)).toEqual(normalized(before));
        }
      }),
      { numRuns: 300 },
    );
  });
});
