// The CLI import report names the running headers/footers a PDF import left out (`removedLines`), and only then.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runImport } from '../../../cli/importCommand.ts';
import { makeLayoutPdf } from '../../support/pdfFixtures.ts';

let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'caseweave-cli-running-'));
  const pages = [{ columns: [['Rapat pertama koperasi.', 'Harga naik.']] }, { columns: [['Rapat kedua koperasi.', 'Harga turun.']] }];
  await writeFile(join(folder, 'laporan.pdf'), await makeLayoutPdf(pages, { header: 'Laporan Koperasi', footer: 'Halaman {page}' }));
  await writeFile(join(folder, 'polos.pdf'), await makeLayoutPdf(pages));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

it('lists the removed running lines of each PDF in the report, and no field when none were removed', async () => {
  const report = await runImport([join(folder, 'laporan.pdf'), join(folder, 'polos.pdf')]);
  expect(report.sources.map((source) => source.removedLines)).toEqual([['Laporan Koperasi', 'Halaman 1', 'Halaman 2'], undefined]);
  expect(report.sources[0].text).not.toContain('Halaman');
});
