// Text decoding for plain-text formats: BOM sniffing, UTF-8 with a Windows-1252 fallback, binary refusal,
// then line-ending (CRLF/CR → LF) and Unicode (NFC) normalisation.
import { ImportRefusal } from './importTypes.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = { text: string; encoding: TextEncodingName };

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

// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F. Decoded by hand because some runtimes' TextDecoder
// (Node's among them) treat "windows-1252" as ISO-8859-1 and turn these bytes into C1 control characters.
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

export const decodeWindows1252 = (bytes: Uint8Array): string => {
  const chunks: string[] = [];
  const chunkSize = 8192;
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, offset + chunkSize);
    for (let i = offset; i < end; i += 1) {
      const byte = bytes[i];
      codes.push(byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
};

const decodeWith = (encoding: TextEncodingName, bytes: Uint8Array, fatal: boolean): string =>
  encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);

/** Picks the encoding and decodes; throws ImportRefusal('encoding') when the bytes are not text. */
const decodeRaw = (bytes: Uint8Array): DecodedText => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeWith('utf-8', bytes.subarray(3), false), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeWith('utf-16le', bytes.subarray(2), false), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeWith('utf-16be', bytes.subarray(2), false), encoding: 'utf-16be' };
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes, false), encoding: utf16 };
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the common legacy case is a Windows (Western European) code page.
    return { text: decodeWith('windows-1252', bytes, false), encoding: 'windows-1252' };
  }
};

/** Text with many control characters (NUL and other C0 codes) or replacement characters is binary junk. */
const looksBinary = (text: string): boolean => {
  const length = Math.min(text.length, 65536);
  if (length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd || code === 0x7f) {
      suspicious += 1;
    }
  }
  return suspicious > Math.max(2, length * 0.01);
};

/**
 * CRLF and lone CR become LF: a line-ending rule, the only change made to decoded text. There is no Unicode
 * normalisation (NFC/NFD): a decomposed "é" (e + U+0301) stays two code points, because offsets exchanged with other
 * tools count the code points the file has.
 */
export const normaliseText = (text: string): string => text.replace(/\r\n?/g, '\n');

export const decodeText = (bytes: Uint8Array): DecodedText => {
  const decoded = decodeRaw(bytes);
  if (looksBinary(decoded.text)) throw new ImportRefusal('encoding', 'binary content');
  return { text: normaliseText(decoded.text.replace(/^\uFEFF/, '')), encoding: decoded.encoding };
};
