// The text encodings a plain-text file can be read in, and their decoders. UTF-8 and UTF-16 use TextDecoder (the
// same in Node and Chromium); the single-byte code pages are decoded by hand from their tables, because runtimes
// disagree on them (Node's TextDecoder reads "windows-1252" and "iso-8859-1" as Latin-1, browsers read both as
// Windows-1252). The tables are the WHATWG Encoding Standard's (bytes 0x80–0xFF; 0x00–0x7F are ASCII).

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'windows-1250', 'macintosh'] as const;

export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export const isTextEncodingName = (value: string): value is TextEncodingName => TEXT_ENCODINGS.some((name) => name === value);

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F; its five unassigned bytes read as U+FFFD.
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

const LATIN1_UPPER = Array.from({ length: 0x60 }, (_, index) => String.fromCharCode(0xa0 + index)).join('');

/** Central European (Polish, Czech, Slovak, Hungarian, Slovenian, Croatian) Windows code page. */
const CP1250_HIGH =
  '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00a0ˇ' +
  '˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙';

/** Classic Mac OS (Mac Roman), as old Mac word processors saved text. */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

const HIGH_HALVES: Record<'windows-1252' | 'iso-8859-1' | 'windows-1250' | 'macintosh', string> = {
  'windows-1252': CP1252_HIGH + LATIN1_UPPER,
  'iso-8859-1': Array.from({ length: 0x20 }, (_, index) => String.fromCharCode(0x80 + index)).join('') + LATIN1_UPPER,
  'windows-1250': CP1250_HIGH,
  macintosh: MAC_ROMAN_HIGH,
};

/** Decodes a single-byte code page from its table; linear, in chunks so no call gets too many arguments. */
const decodeSingleByte = (bytes: Uint8Array, high: string): string => {
  const chunks: string[] = [];
  const chunkSize = 8192;
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, offset + chunkSize);
    for (let i = offset; i < end; i += 1) {
      const byte = bytes[i];
      codes.push(byte < 0x80 ? byte : high.charCodeAt(byte - 0x80));
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
};

export const decodeWindows1252 = (bytes: Uint8Array): string => decodeSingleByte(bytes, HIGH_HALVES['windows-1252']);

/** Decodes `bytes` in `encoding`; with `fatal`, invalid UTF-8/UTF-16 throws instead of giving U+FFFD. */
export const decodeBytes = (encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string => {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  }
  return decodeSingleByte(bytes, HIGH_HALVES[encoding]);
};
