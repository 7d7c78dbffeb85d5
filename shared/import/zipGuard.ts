// Opens zip-based documents (.docx, .odt) defensively: refuses OLE (encrypted Office) files, non-zips,
// path tricks in entry names and decompression bombs, checking declared sizes BEFORE anything is inflated.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ImportRefusal } from './importTypes.ts';

export type ZipLimits = {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio tolerated for entries bigger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 200 * 1024 * 1024, maxRatio: 200, ratioFloorBytes: 1024 * 1024 };

/** Refusal detail marking an old binary Office file (.doc renamed .docx and the like). */
export const LEGACY_OFFICE = 'legacyOffice';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const hasUtf16Name = (bytes: Uint8Array, name: string): boolean => {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i += 1) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i += 1) {
    for (let j = 0; j < pattern.length; j += 1) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
};

/** An OLE compound file in place of a zip is either a password-protected OOXML file or an old binary format. */
const refuseOle = (bytes: Uint8Array): never => {
  if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) throw new ImportRefusal('encrypted');
  throw new ImportRefusal('unsupported', LEGACY_OFFICE);
};

export const isUnsafeEntryName = (name: string): boolean =>
  name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').some((segment) => segment === '..') || name.includes('\0');

/** Returns the wanted entries (by exact name); every entry's name and declared size are checked first. */
export const readZipEntries = (bytes: Uint8Array, wanted: readonly string[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> => {
  if (OLE_SIGNATURE.every((value, index) => bytes[index] === value)) refuseOle(bytes);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ImportRefusal('corrupt', 'not a zip archive');
  let declaredTotal = 0;
  const inspect = (entry: UnzipFileInfo): boolean => {
    if (isUnsafeEntryName(entry.name)) throw new ImportRefusal('zipUnsafe', `entry name "${entry.name.slice(0, 80)}"`);
    declaredTotal += entry.originalSize;
    if (declaredTotal > limits.maxTotalBytes) throw new ImportRefusal('zipUnsafe', 'uncompressed size too large');
    if (entry.originalSize > limits.ratioFloorBytes && entry.originalSize / Math.max(entry.size, 1) > limits.maxRatio) {
      throw new ImportRefusal('zipUnsafe', 'compression ratio too high');
    }
    return wanted.includes(entry.name);
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: inspect });
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal('corrupt', error instanceof Error ? error.message : 'unreadable zip');
  }
  return new Map(Object.entries(files));
};
