// Text decoding: BOMs, UTF-16, Windows-1252 fallback (assumed, with a warning), chosen encodings, NUL bytes,
// replacement characters, line endings, no Unicode normalisation, and binary refusal.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../shared/import/decodeText.ts';
import { ImportRefusal } from '../../../../shared/import/importTypes.ts';
import { decodeBytes, TEXT_ENCODINGS } from '../../../../shared/import/textEncodings.ts';

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Uint8Array => {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (endian === 'le') bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(bytes);
};

/** Windows-1252 bytes of a text whose characters are all in that code page (written out here, not by a library). */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85, 'Š': 0x8a };
const windows1252 = (text: string): Uint8Array =>
  new Uint8Array([...text].map((char) => CP1252_EXTRA[char] ?? (char.charCodeAt(0) < 0x100 ? char.charCodeAt(0) : 0x3f)));

const SAMPLE = 'Pak Hadi: café – naïve “quoted” ✓';

describe('decodeText', () => {
  it('decodes UTF-8 without a BOM as valid UTF-8, with no warnings', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: { name: 'utf-8', how: 'valid' }, warnings: [] });
  });

  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: { name: 'utf-8', how: 'bom' }, warnings: [] });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(SAMPLE, 'le', true))).toMatchObject({ text: SAMPLE, encoding: { name: 'utf-16le', how: 'bom' } });
    expect(decodeText(utf16(SAMPLE, 'be', true))).toMatchObject({ text: SAMPLE, encoding: { name: 'utf-16be', how: 'bom' } });
  });

  it('recognises BOM-less UTF-16 LE and BE by their zero bytes, without reporting NULs', () => {
    const text = 'Interviewer: plain ASCII text written by an old tool, “quoted”.';
    expect(decodeText(utf16(text, 'le', false))).toEqual({ text, encoding: { name: 'utf-16le', how: 'valid' }, warnings: [] });
    expect(decodeText(utf16(text, 'be', false))).toEqual({ text, encoding: { name: 'utf-16be', how: 'valid' }, warnings: [] });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8, and says it assumed so', () => {
    const text = 'Harga naik 5 € – kata “Bu Sari”, ‘cukup’… Šárka';
    const decoded = decodeText(windows1252(text));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toEqual({ name: 'windows-1252', how: 'assumed' });
    expect(decoded.warnings).toEqual([{ code: 'encodingAssumed', detail: 'windows-1252' }]);
  });

  it('reads the encoding the user chose instead of detecting one', () => {
    const bytes = windows1252('Ibu “Siti” – 10 €');
    const asLatin1 = decodeText(bytes, 'iso-8859-1');
    expect(asLatin1.encoding).toEqual({ name: 'iso-8859-1', how: 'chosen' });
    // ISO-8859-1 has C1 controls where Windows-1252 has curly quotes, dashes and the euro sign.
    expect(asLatin1.text).toBe('Ibu \u0093Siti\u0094 \u0096 10 \u0080');
    const asUtf8 = decodeText(bytes, 'utf-8');
    expect(asUtf8.encoding).toEqual({ name: 'utf-8', how: 'chosen' });
    expect(asUtf8.warnings).toEqual([{ code: 'replacementCharacters', count: 4 }]);
    expect(decodeText(new TextEncoder().encode('naïve'), 'windows-1252').text).toBe('naÃ¯ve');
  });

  it('reads ISO-8859-1 bytes (Latin-1 letters) when the file is not UTF-8', () => {
    const bytes = new Uint8Array([...'Jos'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0xa9]));
    expect(decodeText(bytes, 'iso-8859-1').text).toBe('José Müller ©');
    expect(decodeText(bytes).text).toBe('José Müller ©');
  });

  it('drops a BOM that matches the chosen encoding', () => {
    expect(decodeText(utf16('Halo', 'le', true), 'utf-16le').text).toBe('Halo');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), 'utf-8').text).toBe('Hi');
  });

  it('decodes Windows-1250 and Mac Roman by hand exactly as the WHATWG tables (Node ICU) do', () => {
    const every = new Uint8Array(256).map((_, index) => index);
    for (const name of ['windows-1250', 'macintosh'] as const) {
      expect(decodeBytes(name, every)).toBe(new TextDecoder(name).decode(every));
    }
    expect(decodeBytes('windows-1250', new Uint8Array([0x8a, 0xb9, 0xe8, 0x9e]))).toBe('Šąčž');
    expect(decodeBytes('macintosh', new Uint8Array([0x8e, 0xd2, 0xd3, 0xdb]))).toBe('é“”€');
    expect(TEXT_ENCODINGS).toContain('iso-8859-1');
  });

  it('removes NUL bytes from a text file and counts them', () => {
    const bytes = new TextEncoder().encode('Interviewer: halo\u0000 apa kabar?\n\u0000Informant: baik.');
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Interviewer: halo apa kabar?\nInformant: baik.');
    expect(decoded.text.includes('\u0000')).toBe(false);
    expect(decoded.warnings).toEqual([{ code: 'nulBytesRemoved', count: 2 }]);
  });

  it('refuses a file that is mostly NUL bytes, naming them in the refusal', () => {
    const bytes = new Uint8Array(400);
    for (let i = 0; i < bytes.length; i += 3) bytes[i] = 0x41;
    try {
      decodeText(bytes);
      expect.unreachable('binary bytes were read as text');
    } catch (error) {
      expect(error instanceof ImportRefusal && error.reason).toBe('encoding');
      expect(error instanceof ImportRefusal && error.detail).toMatch(/^nul:\d+$/);
    }
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
