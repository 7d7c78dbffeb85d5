// Canonical JSON: the same value gives the same text whatever the order its keys were set in.
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonRows } from '../../../../shared/projectFile/canonicalJson.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth, by UTF-16 code units', () => {
    expect(canonicalJson({ b: 1, a: { z: [{ y: 1, x: 2 }], Z: null }, é: true, e: false }))
      .toBe('{"a":{"Z":null,"z":[{"x":2,"y":1}]},"b":1,"e":false,"é":true}');
  });

  it('leaves out undefined members as JSON does, and keeps a member named __proto__ as a member', () => {
    const value = JSON.parse('{"speakerLinks":{"__proto__":"i1","Ana":"i2"}}') as unknown;
    expect(canonicalJson({ b: undefined, a: value })).toBe('{"a":{"speakerLinks":{"Ana":"i2","__proto__":"i1"}}}');
  });

  it('writes a table one row per line, and an empty one as []', () => {
    expect(canonicalJsonRows([{ b: 2, a: 1 }, { a: 3 }])).toBe('[\n{"a":1,"b":2},\n{"a":3}\n]\n');
    expect(canonicalJsonRows([])).toBe('[]\n');
  });
});
