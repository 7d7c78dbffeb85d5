// A Word file with the times it carries fixed: the docx package stamps the core properties' created and modified
// times with the clock and zips every part with the current time, so two writes of one report would differ. Here the
// core properties get the report's own instant and the package is zipped anew, each part with that instant, in the
// same order, so the same report gives the same bytes.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CORE_PART = 'docProps/core.xml';

/** The instant as the core properties write it (W3CDTF, whole seconds, UTC). */
const w3cdtf = (instant: string): string => new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const fixDocxTimestamps = (bytes: Uint8Array, instant: string): Uint8Array => {
  const parts = unzipSync(bytes);
  const core = parts[CORE_PART];
  if (core !== undefined) {
    const stamp = w3cdtf(instant);
    parts[CORE_PART] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`));
  }
  const mtime = new Date(instant);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { mtime, level: 6 }];
  return zipSync(zippable);
};
