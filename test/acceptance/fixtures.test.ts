// Acceptance over the Kendang Jimbe corpus handed to the project (../shared/fixtures/kendang-jimbe, read only):
// every file imports through the CLI, interview speakers are detected, informants.csv matches the sources.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../shared/import/importFile.ts';
import { loadNodePdfEngine } from '../../cli/nodePdfEngine.ts';
import { ACCEPTANCE_FIXTURES as FIXTURES, assertAcceptanceFixtures } from '../support/acceptanceFixtures.ts';
import { parseCsv, parseCsvRecords } from '../support/parseCsv.ts';
import { runCli } from '../support/runCli.ts';

type CliTurn = { start: number; end: number; speaker: string | null; timestamp: string | null };
type CliSource = { file: string; kind: string; title: string; language: string; sha256: string; text: string; turns: CliTurn[] };

const EXPECTED_SPEAKERS: Record<string, string[]> = {
  'interviews/I01-owner.txt': ['Interviewer', 'Pak Hadi', 'Bu Lastri'],
  'interviews/I02-craftsman.docx': ['Interviewer', 'Mas Yoga'],
  'interviews/I03-distributor.vtt': ['Interviewer', 'Markus Brandl'],
  'interviews/I04-association.srt': ['INTERVIEWER', 'BU RATNA'],
  'interviews/I05-diaspora-id.md': ['Pewawancara', 'Dewi'],
};

let informants: Record<string, string>[] = [];
let sources = new Map<string, CliSource>();
let exitCode: number | null = null;
let stderr = '';

const speakersOf = (source: CliSource): string[] => [...new Set(source.turns.map((turn) => turn.speaker).filter((speaker) => speaker !== null))];

beforeAll(async () => {
  assertAcceptanceFixtures();
  informants = parseCsvRecords(await readFile(join(FIXTURES, 'informants.csv'), 'utf8'));
  const files = informants.map((row) => row.file);
  const run = await runCli(['import', ...files, '--json'], FIXTURES);
  exitCode = run.code;
  stderr = run.stderr;
  const result = JSON.parse(run.stdout) as { sources: CliSource[]; errors: { file: string; message: string }[] };
  expect(result.errors).toEqual([]);
  sources = new Map(result.sources.map((source) => [source.file, source]));
}, 120_000);

describe('Kendang Jimbe fixtures through the CLI', () => {
  it('parses informants.csv with quoted fields that contain commas', () => {
    expect(informants.length).toBeGreaterThanOrEqual(8);
    for (const row of informants) expect(Object.keys(row)).toEqual(['id', 'file', 'pseudonym', 'role', 'source_type', 'language', 'date', 'location']);
    expect(parseCsv('a,"b, c","d ""e"""\n')).toEqual([['a', 'b, c', 'd "e"']]);
  });

  it('imports every file and exits 0', () => {
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect([...sources.keys()].sort()).toEqual(informants.map((row) => row.file).sort());
  });

  it.each(Object.entries(EXPECTED_SPEAKERS))('detects the speakers of %s', (file, speakers) => {
    const source = sources.get(file);
    expect(source).toBeDefined();
    if (source) expect(speakersOf(source)).toEqual(speakers);
  });

  it('keeps every turn inside the text, in order and non-overlapping', () => {
    for (const source of sources.values()) {
      let previousEnd = 0;
      for (const turn of source.turns) {
        expect(turn.start).toBeGreaterThanOrEqual(previousEnd);
        expect(turn.end).toBeGreaterThan(turn.start);
        expect(turn.end).toBeLessThanOrEqual(source.text.length);
        previousEnd = turn.end;
      }
    }
  });

  it('reads the PDF with text on two or more pages', async () => {
    const pdfRow = informants.find((row) => row.file.endsWith('.pdf'));
    expect(pdfRow).toBeDefined();
    if (!pdfRow) return;
    expect(sources.get(pdfRow.file)?.kind).toBe('document');
    // The CLI's JSON carries no page numbers, so the same importer is run in-process to see them.
    const bytes = new Uint8Array(await readFile(join(FIXTURES, pdfRow.file)));
    const outcome = await importFile({ fileName: pdfRow.file, bytes }, { pdf: await loadNodePdfEngine() });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.source.text).toBe(sources.get(pdfRow.file)?.text);
    const pages = new Set(outcome.source.turns.map((turn) => turn.page));
    expect(pages.size).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const pageText = outcome.source.turns.filter((turn) => turn.page === page).map((turn) => outcome.source.text.slice(turn.start, turn.end)).join(' ');
      expect(pageText.length, `page ${page}`).toBeGreaterThan(200);
    }
  });

  it('matches every informants.csv row to its source: kind, language, and the pseudonym among the speakers', () => {
    for (const row of informants) {
      const source = sources.get(row.file);
      expect(source, row.file).toBeDefined();
      if (!source) continue;
      expect(source.kind, row.file).toBe(row.source_type);
      expect(source.language, row.file).toBe(row.language);
      if (row.source_type === 'interview') {
        const speakers = speakersOf(source).map((speaker) => speaker.toLowerCase());
        expect(speakers, row.file).toContain(row.pseudonym.toLowerCase());
      }
    }
  });
});
