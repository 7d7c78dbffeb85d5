// Random sequences of code-tree operations: the tree stays well-formed and every undo restores the state before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCodebookChange,
  CodebookError,
  codeNameKey,
  createCode,
  deleteCode,
  descendantIds,
  mergeCodes,
  moveCode,
  renameCode,
  type Codebook,
  type CodebookOutcome,
} from '../../../../shared/codebook/index.ts';
import { normalized, PROJECT, sampleCodebook } from './codebookFixture.ts';

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

const run = (codebook: Codebook, step: Step): CodebookOutcome | null => {
  const codeAt = (index: number): string | null => (codebook.codes.length === 0 ? null : codebook.codes[index % codebook.codes.length].id);
  // Index 0 of a "parent" choice means the top level.
  const parentAt = (index: number): string | null => (index === 0 ? null : codeAt(index - 1));
  const code = 'code' in step ? codeAt(step.code) : null;
  switch (step.op) {
    case 'create':
      return createCode(codebook, { projectId: PROJECT, parentId: parentAt(step.parent), name: step.name, index: step.index }, context);
    case 'rename':
      return code === null ? null : renameCode(codebook, code, step.name, context);
    case 'move':
      return code === null ? null : moveCode(codebook, code, parentAt(step.parent), step.index, context);
    case 'merge': {
      const target = codeAt(step.target);
      return code === null || target === null ? null : mergeCodes(codebook, code, target, context);
    }
    case 'delete':
      return code === null ? null : deleteCode(codebook, code, context);
  }
};

const assertWellFormed = (codebook: Codebook): void => {
  const codeIds = new Set(codebook.codes.map((code) => code.id));
  const levels = new Map<string | null, typeof codebook.codes>();
  for (const code of codebook.codes) {
    if (code.parentId !== null) expect(codeIds.has(code.parentId)).toBe(true);
    expect(descendantIds(codebook.codes, code.id).has(code.id)).toBe(false);
    levels.set(code.parentId, [...(levels.get(code.parentId) ?? []), code]);
  }
  for (const level of levels.values()) {
    expect(level.map((code) => code.order).sort((a, b) => a - b)).toEqual(level.map((_, index) => index));
    expect(new Set(level.map((code) => codeNameKey(code.name))).size).toBe(level.length);
  }
  for (const coding of codebook.codings) expect(codeIds.has(coding.codeId)).toBe(true);
  const segments = codebook.codings.map((coding) => `${coding.codeId}|${coding.sourceId}|${coding.start}|${coding.end}`);
  expect(new Set(segments).size).toBe(segments.length);
};

describe('code-tree operations under random sequences', () => {
  it('keep the tree well-formed, and each undo restores the state before', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 25 }), (steps) => {
        let codebook = sampleCodebook();
        const history: Array<{ before: Codebook; outcome: CodebookOutcome }> = [];
        for (const step of steps) {
          let outcome: CodebookOutcome | null;
          try {
            outcome = run(codebook, step);
          } catch (error) {
            // Refusals are part of the contract; anything else is a bug.
            if (!(error instanceof CodebookError)) throw error;
            outcome = null;
          }
          if (outcome === null) continue;
          expect(normalized(applyCodebookChange(codebook, outcome.change))).toEqual(normalized(outcome.codebook));
          history.push({ before: codebook, outcome });
          codebook = outcome.codebook;
          assertWellFormed(codebook);
        }
        // Undo everything, newest first, through the undo changes alone.
        for (const { before, outcome } of history.reverse()) {
          codebook = applyCodebookChange(codebook, outcome.undo);
          expect(normalized(codebook)).toEqual(normalized(before));
        }
      }),
      { numRuns: 300 },
    );
  });
});
