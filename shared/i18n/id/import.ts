// Bahasa Indonesia for the import area (keys of ../en/import.ts), written for Indonesian researchers, not word for word.
import type { importMessages } from '../en/import.ts';

export const importMessagesId = {
  'import.error.binaryNul': '{file}: berkas ini tampaknya berkas biner, bukan teks ({count} byte NUL dan karakter kendali lainnya).',
  'import.warning.encodingAssumed': '{file}: {encoding}, diasumsikan karena berkas ini bukan UTF-8 yang sah.',
  'import.warning.nulBytesRemoved': '{file}: {count} byte NUL dihapus dari teks.',
  'import.warning.replacementCharacters': '{file}: {count} karakter tidak dapat dibaca dan tampil sebagai \uFFFD.',
  'import.encoding.utf-8': 'UTF-8',
  'import.encoding.utf-16le': 'UTF-16 LE',
  'import.encoding.utf-16be': 'UTF-16 BE',
  'import.encoding.windows-1252': 'Windows-1252 (Eropa Barat)',
  'import.encoding.iso-8859-1': 'ISO-8859-1 (Latin-1)',
  'import.encoding.windows-1250': 'Windows-1250 (Eropa Tengah)',
  'import.encoding.macintosh': 'Mac Roman (Mac OS klasik)',
} satisfies Partial<Record<keyof typeof importMessages, string>>;
