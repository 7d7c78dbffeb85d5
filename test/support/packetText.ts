// Reads a member-check packet back as text, as a reader (or a leak) would see it: a PDF through poppler's pdftotext,
// a DOCX as the text runs of its word/document.xml (unzipped with fflate, entities decoded).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** The PDF's text in reading order, lines joined by spaces so a wrapped sentence reads whole. */
export const pdfText = (bytes: Uint8Array): string => {
  const folder = mkdtempSync(join(tmpdir(), 'caseweave-packet-'));
  try {
    const file = join(folder, 'packet.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

/** The DOCX's word/document.xml. */
export const docxDocumentXml = (bytes: Uint8Array): string => {
  const entry = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (entry === undefined) throw new Error('The DOCX has no word/document.xml');
  return strFromU8(entry);
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The DOCX's text: its paragraphs, each the concatenation of its runs' text, joined by spaces. */
export const docxText = (bytes: Uint8Array): string =>
  docxDocumentXml(bytes)
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.replace(/<w:br\/>/g, '<w:t> </w:t>').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    .join(' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_whole, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ');
