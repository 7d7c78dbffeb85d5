// Opens zip archives defensively (imported .docx/.odt, .caseweave project files): refuses OLE (encrypted Office)
// files, non-zips, path tricks in entry names and decompression bombs, checking declared sizes BEFORE anything is
// inflated. The core speaks ZipRefusal; importers get it as an ImportRefusal, project files as their own problems.
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

/** Why an archive was refused; `entry` names the entry at fault when there is one. */
export type ZipRefusalReason = 'encrypted' | 'legacyOffice' | 'notZip' | 'corrupt' | 'unsafeName' | 'tooLarge' | 'ratio';

export class ZipRefusal extends Error {
  readonly reason: ZipRefusalReason;
  readonly entry: string | null;
  constructor(reason: ZipRefusalReason, detail: string, entry: string | null = null) {
    super(detail);
    this.name = 'ZipRefusal';
    this.reason = reason;
    this.entry = entry;
  }
}

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

export const isUnsafeEntryName = (name: string): boolean =>
  name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').some((segment) => segment === '..') || name.includes('\0');

/** Inflates the entries `wanted` picks; every entry's name and declared size are checked before any is inflated. */
const unzipGuarded = (bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits): Record<string, Uint8Array> => {
  if (OLE_SIGNATURE.every((value, index) => bytes[index] === value)) {
    // An OLE compound file in place of a zip is either a password-protected OOXML file or an old binary format.
    if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) throw new ZipRefusal('encrypted', 'encrypted');
    throw new ZipRefusal('legacyOffice', LEGACY_OFFICE);
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ZipRefusal('notZip', 'not a zip archive');
  let declaredTotal = 0;
  const inspect = (entry: UnzipFileInfo): boolean => {
    if (isUnsafeEntryName(entry.name)) throw new ZipRefusal('unsafeName', `entry name "${entry.name.slice(0, 80)}"`, entry.name.slice(0, 80));
    declaredTotal += entry.originalSize;
    if (declaredTotal > limits.maxTotalBytes) throw new ZipRefusal('tooLarge', 'uncompressed size too large', entry.name);
    if (entry.originalSize > limits.ratioFloorBytes && entry.originalSize / Math.max(entry.size, 1) > limits.maxRatio) {
      throw new ZipRefusal('ratio', 'compression ratio too high', entry.name);
    }
    return wanted(entry.name);
  };
  try {
    return unzipSync(bytes, { filter: inspect });
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    throw new ZipRefusal('corrupt', error instanceof Error ? error.message : 'unreadable zip');
  }
};

/** A checked archive: the names of its entries, inflated only when read (a failure names its entry). */
export type GuardedZip = {
  names: readonly string[];
  /** Inflates the named entries in one pass; absent names are left out of the result. */
  read(wanted: readonly string[]): Map<string, Uint8Array>;
};

/** Checks every entry of the archive without inflating any; throws ZipRefusal. */
export const openGuardedZip = (bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): GuardedZip => {
  const names: string[] = [];
  unzipGuarded(bytes, (name) => {
    names.push(name);
    return false;
  }, limits);
  return {
    names,
    read: (wanted) => {
      const picked = new Set(wanted);
      // Every header was read when the archive was opened, so what fails now is inflating the last entry picked.
      let inflating: string | null = null;
      try {
        return new Map(Object.entries(unzipGuarded(bytes, (name) => {
          if (!picked.has(name)) return false;
          inflating = name;
          return true;
        }, limits)));
      } catch (error) {
        if (error instanceof ZipRefusal && error.entry === null) throw new ZipRefusal(error.reason, error.message, inflating);
        throw error;
      }
    },
  };
};

const IMPORT_REASONS: Record<ZipRefusalReason, ImportRefusal['reason']> = {
  encrypted: 'encrypted', legacyOffice: 'unsupported', notZip: 'corrupt', corrupt: 'corrupt', unsafeName: 'zipUnsafe', tooLarge: 'zipUnsafe', ratio: 'zipUnsafe',
};

/** Returns the wanted entries (by exact name) of an imported document; refusals come as ImportRefusal. */
export const readZipEntries = (bytes: Uint8Array, wanted: readonly string[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> => {
  try {
    return new Map(Object.entries(unzipGuarded(bytes, (name) => wanted.includes(name), limits)));
  } catch (error) {
    if (!(error instanceof ZipRefusal)) throw error;
    throw new ImportRefusal(IMPORT_REASONS[error.reason], error.reason === 'encrypted' ? '' : error.message);
  }
};
