// Opens an Office file (DOCX, XLSX) in real LibreOffice, as issue 11 requires every such export to open there without
// repair, and reads back what it shows: `soffice --headless --convert-to pdf`, then poppler's pdftotext. Each call has
// its own LibreOffice profile, so test files running at once do not share one, and the conversions run one at a time
// (in this process by a queue, across processes by flock on one lock file): LibreOffice takes seconds and the whole
// machine's memory when several start together. A file LibreOffice cannot load gives no PDF, and that is an error
// that quotes what soffice said.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const LOCK = join(tmpdir(), 'caseweave-soffice.lock');
/** LibreOffice's first start in a new profile is the slow part. */
export const OFFICE_TIMEOUT = 120_000;

let queue: Promise<unknown> = Promise.resolve();

/** Runs conversions one after another in this process. */
const serially = <T>(task: () => Promise<T>): Promise<T> => {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
};

export type OfficeKind = 'docx' | 'xlsx';

/** The file as LibreOffice lays it out, as PDF bytes. */
export const officePdf = (bytes: Uint8Array, kind: OfficeKind): Promise<Uint8Array> => serially(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'caseweave-office-'));
  try {
    const input = join(folder, `document.${kind}`);
    writeFileSync(input, bytes);
    const profile = `file://${join(folder, 'profile')}`;
    const { stdout, stderr } = await run('flock', [
      LOCK, 'soffice', `-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(folder, 'out'), input,
    ], { timeout: OFFICE_TIMEOUT, env: { ...process.env, HOME: folder } });
    const output = join(folder, 'out', 'document.pdf');
    if (!existsSync(output) || statSync(output).size === 0 || /\bError\b/i.test(stderr)) {
      throw new Error(`LibreOffice could not open the ${kind.toUpperCase()} file:\n${stdout}\n${stderr}`);
    }
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

/** The PDF's text in reading order, whitespace runs as single spaces so wrapped text reads whole. */
export const pdfToText = async (pdf: Uint8Array): Promise<string> => {
  const folder = mkdtempSync(join(tmpdir(), 'caseweave-pdftext-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return stdout.replace(/\s+/g, ' ');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

/** The text LibreOffice shows for a DOCX or XLSX file. */
export const officeText = async (bytes: Uint8Array, kind: OfficeKind): Promise<string> => pdfToText(await officePdf(bytes, kind));
