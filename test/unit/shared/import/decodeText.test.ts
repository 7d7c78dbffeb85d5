// Text decoding: BOMs, UTF-16, Windows-1252 fallback, line endings, NFC and binary refusal.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../shared/import/decodeText.ts';
import { ImportRefusal } from '../../../../shared/import/importTypes.ts';

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Uint8Array => {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (endian === 'le') bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(bytes);
};

const SAMPLE = 'Pak Hadi: café – naïve “quoted” ✓';

describe('decodeText', () => {
  it('decodes UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(SAMPLE, 'le', true))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, 'be', true))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 LE by its zero bytes', () => {
    const text = 'Interviewer: plain ASCII text written by an old tool.';
    expect(decodeText(utf16(text, 'le', false))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "café – naïve" in Windows-1252: é = E9, en dash = 96, ï = EF.
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]);
    expect(decodeText(bytes)).toEqual({ text: 'café – naïve', encoding: 'windows-1252' });
  });

  it('normalises CRLF, CR and LF line endings to LF', () => {
    const bytes = new TextEncoder().encode('one\r\ntwo\rthree\nfour\r\n\r\nfive');
    expect(decodeText(bytes).text).toBe('one\ntwo\nthree\nfour\n\nfive');
  });

  it('keeps decomposed and composed letters as they are (no Unicode normalisation)', () => {
    const mixed = 'cafe\u0301 caf\u00e9';
    const { text } = decodeText(new TextEncoder().encode(mixed));
    expect(text).toBe(mixed);
    expect(text.length).toBe(10);
  });

  it('refuses binary junk as an encoding problem', () => {
    const junk = new Uint8Array(2000);
    for (let i = 0; i < junk.length; i += 1) junk[i] = (i * 37) % 32;
    expect(() => decodeText(junk)).toThrow(ImportRefusal);
    try {
      decodeText(junk);
    } catch (error) {
      expect(error instanceof ImportRefusal && error.reason).toBe('encoding');
    }
  });
});
