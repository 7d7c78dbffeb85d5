// A Word file made repeatable: the docx package stamps the core properties' created and modified times with the
// clock, zips every part with the current time, and numbers bookmarks (the TOC's "_Toc" targets) and drawings from
// counters that run on for as long as the process does, so two writes of one report would differ. Here the core
// properties get the report's own instant, those numbers start again from 1 in the order they appear, and the package
// is zipped anew, each part with that instant and in the same order — the same report gives the same bytes.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CORE_PART = 'docProps/core.xml';
const DOCUMENT_PART = 'word/document.xml';

/** The instant as the core properties write it (W3CDTF, whole seconds, UTC). */
const w3cdtf = (instant: string): string => new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Replaces each distinct number a pattern captures with 1, 2, 3… in order of first appearance. */
const renumber = (xml: string, pattern: RegExp): string => {
  const numbers = new Map<string, number>();
  return xml.replace(pattern, (whole, before: string, number: string) => {
    if (!numbers.has(number)) numbers.set(number, numbers.size + 1);
    return `${before}${numbers.get(number) ?? number}`;
  });
};

export const repeatableDocx = (bytes: Uint8Array, instant: string): Uint8Array => {
  const parts = unzipSync(bytes);
  const core = parts[CORE_PART];
  if (core !== undefined) {
    const stamp = w3cdtf(instant);
    parts[CORE_PART] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`));
  }
  const body = parts[DOCUMENT_PART];
  if (body !== undefined) {
    let xml = strFromU8(body);
    xml = renumber(xml, /(_Toc)(\d+)/g);
    xml = renumber(xml, /(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)/g);
    xml = renumber(xml, /(<wp:docPr\b[^>]*?\sid=")(\d+)/g);
    parts[DOCUMENT_PART] = strToU8(xml);
  }
  const mtime = new Date(instant);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { mtime, level: 6 }];
  return zipSync(zippable);
};
