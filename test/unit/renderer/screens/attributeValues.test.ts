// Informant attribute values to and from the in-place editor's text.
import { describe, expect, it } from 'vitest';
import { attributeToRaw, rawToAttribute } from '../../../../renderer/screens/informants/attributeValues.ts';

describe('attribute values in the informants table', () => {
  it('parses typed input and refuses values of the wrong type', () => {
    expect(rawToAttribute('number', ' 12,5 ')).toEqual({ type: 'number', value: 12.5 });
    expect(rawToAttribute('number', 'twelve')).toBeUndefined();
    expect(rawToAttribute('date', '2024-03-12')).toEqual({ type: 'date', value: '2024-03-12' });
    expect(rawToAttribute('date', '12/03/2024')).toBeUndefined();
    expect(rawToAttribute('boolean', 'false')).toEqual({ type: 'boolean', value: false });
    expect(rawToAttribute('text', '  Sentul ')).toEqual({ type: 'text', value: 'Sentul' });
  });

  it('treats an emptied cell as clearing the attribute', () => {
    expect(rawToAttribute('number', '   ')).toBeNull();
  });

  it('round-trips every type through the editor text', () => {
    for (const value of [
      { type: 'number', value: 18 },
      { type: 'date', value: '2024-04-02' },
      { type: 'boolean', value: true },
      { type: 'text', value: 'Ubud, Bali' },
    ] as const) {
      expect(rawToAttribute(value.type, attributeToRaw(value))).toEqual(value);
    }
    expect(attributeToRaw(undefined)).toBe('');
  });
});
