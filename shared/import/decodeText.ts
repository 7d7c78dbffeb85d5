// Text decoding for plain-text formats: the user's chosen encoding, or BOM sniffing, UTF-8 with a Windows-1252
// fallback; binary refusal; NUL characters removed and replacement characters counted (both as warnings); then
// CRLF/CR → LF. The text is never Unicode-normalised (issue 12): what the file holds is what is stored.
import { ImportRefusal, type DetectedEncoding, type ParsedWarning } from './importTypes.ts';
import { decodeBytes, type TextEncodingName } from './textEncodings.ts';

export type { TextEncodingName } from './textEncodings.ts';
export { decodeWindows1252 } from './textEncodings.ts';

export type DecodedText = { text: string; encoding: DetectedEncoding; warnings: ParsedWarning[] };

const BOMS: { bytes: readonly number[]; name: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], name: 'utf-8' },
  { bytes: [0xff, 0xfe], name: 'utf-16le' },
  { bytes: [0xfe, 0xff], name: 'utf-16be' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((value, index) => bytes[index] === value);

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII-heavy text. */
const sniffBomlessUtf16 = (bytes: Uint8Array): TextEncodingName | null => {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
};

type Raw = { text: string; encoding: DetectedEncoding };

/** Decodes in the chosen encoding (a matching BOM is dropped) or picks one: BOM, BOM-less UTF-16, UTF-8, Windows-1252. */
const decodeRaw = (bytes: Uint8Array, chosen: TextEncodingName | undefined): Raw => {
  const bom = BOMS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (chosen !== undefined) {
    const body = bom?.name === chosen ? bytes.subarray(bom.bytes.length) : bytes;
    return { text: decodeBytes(chosen, body), encoding: { name: chosen, how: 'chosen' } };
  }
  if (bom) return { text: decodeBytes(bom.name, bytes.subarray(bom.bytes.length)), encoding: { name: bom.name, how: 'bom' } };
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return { text: decodeBytes(utf16, bytes), encoding: { name: utf16, how: 'valid' } };
  try {
    return { text: decodeBytes('utf-8', bytes, true), encoding: { name: 'utf-8', how: 'valid' } };
  } catch {
    // Not valid UTF-8: the common legacy case is a Windows (Western European) code page.
    return { text: decodeBytes('windows-1252', bytes), encoding: { name: 'windows-1252', how: 'assumed' } };
  }
};

const countOf = (text: string, char: string): number => {
  let count = 0;
  for (let index = text.indexOf(char); index >= 0; index = text.indexOf(char, index + 1)) count += 1;
  return count;
};

/**
 * Binary junk: many control characters (other than tab, line breaks, form feed and NUL) or replacement characters
 * in the first 64K, or NULs making up a tenth of it. A few stray NULs in text are removed with a warning instead.
 * Replacement characters do not count when the user chose the encoding: they asked to see the text that way.
 */
const looksBinary = (text: string, countReplacements: boolean): boolean => {
  const length = Math.min(text.length, 65536);
  if (length === 0) return false;
  let suspicious = 0;
  let nuls = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) nuls += 1;
    else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f || (countReplacements && code === 0xfffd)) {
      suspicious += 1;
    }
  }
  return suspicious > Math.max(2, length * 0.01) || nuls > Math.max(8, length * 0.1);
};

/**
 * CRLF and lone CR become LF: a line-ending rule, the only change made to decoded text. There is no Unicode
 * normalisation (NFC/NFD): a decomposed "é" (e + U+0301) stays two code points, because offsets exchanged with other
 * tools count the code points the file has.
 */
export const normaliseText = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Detail of the refusal of a binary file with NUL bytes: importFile names the count in its message. */
export const BINARY_NUL_DETAIL = 'nul:';

/** Throws ImportRefusal('encoding') when the bytes are not text. `chosen`: read in this encoding, no detection. */
export const decodeText = (bytes: Uint8Array, chosen?: TextEncodingName): DecodedText => {
  const { text: raw, encoding } = decodeRaw(bytes, chosen);
  if (looksBinary(raw, chosen === undefined)) {
    const nuls = countOf(raw, '\u0000');
    throw new ImportRefusal('encoding', nuls > 0 ? `${BINARY_NUL_DETAIL}${nuls}` : 'binary content');
  }
  const warnings: ParsedWarning[] = [];
  if (encoding.how === 'assumed') warnings.push({ code: 'encodingAssumed', detail: encoding.name });
  let text = raw.replace(/^\uFEFF/, '');
  const nuls = countOf(text, '\u0000');
  if (nuls > 0) {
    text = text.replaceAll('\u0000', '');
    warnings.push({ code: 'nulBytesRemoved', count: nuls });
  }
  const replacements = countOf(text, '\ufffd');
  if (replacements > 0) warnings.push({ code: 'replacementCharacters', count: replacements });
  return { text: normaliseText(text), encoding, warnings };
};
