// The bench's verdicts against DESIGN.md: met or missed at the reference scale only; a --small run is never "met".
import { describe, expect, it } from 'vitest';
import { targetVerdict } from '../../bench/benchTargets.ts';

describe('targetVerdict', () => {
  it('judges a reference-scale figure against its target', () => {
    expect(targetVerdict(42, 50, 'reference')).toBe('met');
    expect(targetVerdict(50, 50, 'reference')).toBe('met');
    expect(targetVerdict(51, 50, 'reference')).toBe('MISSED');
  });

  it('calls a small-scale figure not comparable, however good it looks', () => {
    expect(targetVerdict(1, 50, 'small')).toBe('not comparable');
    expect(targetVerdict(99, 50, 'small')).toBe('not comparable');
    expect(targetVerdict(1, 50, undefined)).toBe('not comparable');
  });

  it('says when a figure was not measured', () => {
    expect(targetVerdict(null, 50, 'reference')).toBe('not measured');
    expect(targetVerdict(undefined, 50, 'small')).toBe('not measured');
  });
});
