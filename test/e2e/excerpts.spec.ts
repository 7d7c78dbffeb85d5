// Retrieval of coded excerpts in the seeded example project: pick a code with its sub-codes, read the excerpts and
// counts, filter by informant role, open an excerpt in its source, and download the CSV (rows checked against the
// example's source files run through the real importer), then the Markdown, XLSX and Word with the same excerpts.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { importFile } from '../../shared/import/importFile.ts';
import { EXAMPLE_CODINGS } from '../../shared/example/exampleCodings.ts';
import { docxDocumentXml, docxText } from '../support/packetText.ts';
import { parseCsv } from '../support/parseCsv.ts';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const CODE = 'Business associations';
const ROLE = 'association representative';
const expectedQuotes = EXAMPLE_CODINGS.filter((coding) => coding.codePath[0] === CODE).map((coding) => coding.quote);

/** The canonical text the app stores for an example file: the same importer, run here in Node. */
const canonicalText = async (fileName: string): Promise<string> => {
  const bytes = new Uint8Array(await readFile(new URL(`../../shared/example/sources/${fileName}`, import.meta.url)));
  const outcome = await importFile({ fileName, bytes });
  if (!outcome.ok) throw new Error(`${fileName}: ${outcome.failure.message}`);
  return outcome.source.text;
};

test('retrieves the excerpts of a code with its sub-codes, filters them by role, opens one and exports CSV', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const excerptsScreen = new ExcerptsPage(page);
  await excerptsScreen.open();
  await expect(page.getByText('Tick one or more codes')).toBeVisible();

  // The code filter narrows the checklist fuzzily.
  await excerptsScreen.codeFilter.fill('asociations');
  await expect(page.getByRole('checkbox', { name: `Retrieve ${CODE}`, exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Retrieve Diaspora', exact: true })).toHaveCount(0);
  await excerptsScreen.codeFilter.fill('');

  await excerptsScreen.pickCode(CODE);
  await expect(excerptsScreen.excerpts).toHaveCount(expectedQuotes.length);
  await expect(excerptsScreen.total).toHaveText(`${expectedQuotes.length} excerpts`);
  // textContent, not innerText: cards out of view skip rendering (content-visibility), and their innerText is empty.
  const shownTexts = await excerptsScreen.excerpts.locator('.excerpt-text').allTextContents();
  expect(shownTexts.sort()).toEqual([...expectedQuotes].sort());
  // Every excerpt names its source, kind, coder, and a code path under the picked code.
  for (const chip of await excerptsScreen.excerpts.locator('.code-chip').allTextContents()) expect(chip.startsWith(CODE)).toBe(true);
  await expect(excerptsScreen.excerpts.filter({ hasText: 'Interview with Bu Wulan (association)' }).first()).toContainText('Coder');
  // A coding memo of the example shows on its excerpt.
  await excerptsScreen.pickCode('Global collaboration / Dependence on foreign partners');
  await expect(excerptsScreen.excerpts.filter({ hasText: 'But I depend on them.' })).toContainText('comes with dependence');
  await excerptsScreen.unpickCode('Global collaboration / Dependence on foreign partners');
  await expect(excerptsScreen.excerpts).toHaveCount(expectedQuotes.length);

  // Without sub-codes only codings on the top code itself count (the example codes its sub-codes).
  await excerptsScreen.includeSubCodes.uncheck();
  await expect(page.getByText('No coded excerpt matches')).toBeVisible();
  await excerptsScreen.includeSubCodes.check();
  await expect(excerptsScreen.excerpts).toHaveCount(expectedQuotes.length);

  const perRole = await excerptsScreen.countOf(excerptsScreen.roleCounts, ROLE);
  const perCodeTraining = await excerptsScreen.countOf(excerptsScreen.codeCounts, `${CODE} / Training`);
  expect(perCodeTraining).toBe(expectedQuotes.filter((quote) => EXAMPLE_CODINGS.find((c) => c.quote === quote)?.codePath[1] === 'Training').length);
  expect(perRole).toBeGreaterThan(0);
  expect(perRole).toBeLessThan(expectedQuotes.length);
  // Per-code counts read like the codebook: in code-tree order (as the checklist lists the codes), not by size.
  const countLabels = await excerptsScreen.codeCounts.locator('.count-label').allInnerTexts();
  const treePaths = await excerptsScreen.checklistPaths();
  expect(countLabels.length).toBeGreaterThan(2);
  expect(countLabels).toEqual(treePaths.filter((path) => countLabels.includes(path)));
  await app.screenshot('excerpts-01-code-picked');

  await excerptsScreen.filter('Informant role', [ROLE]);
  await expect(excerptsScreen.excerpts).toHaveCount(perRole);
  await expect(excerptsScreen.total).toHaveText(`${perRole} excerpts`);
  for (const role of await excerptsScreen.excerpts.locator('.excerpt-meta').allTextContents()) expect(role).toContain(ROLE);
  await app.screenshot('excerpts-02-filtered-by-role');

  // The CSV holds exactly the filtered excerpts, and each excerpt is the slice [Start, End) of its source's text.
  const download = await excerptsScreen.exportCsv();
  expect(download.suggestedFilename()).toBe('coded-excerpts.csv');
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(new TextDecoder().decode(bytes.subarray(3)));
  expect(rows[0]).toEqual([
    'Code', 'Excerpt', 'Source', 'Speaker', 'Informant', 'Role', 'Source kind', 'Start', 'End', 'First paragraph', 'Last paragraph', 'Timestamp', 'Coder', 'Memo',
  ]);
  const records = rows.slice(1);
  expect(records).toHaveLength(perRole);
  for (const [code, excerpt, , , , role, , start, end] of records) {
    expect(code.startsWith(`${CODE} / `)).toBe(true);
    expect(role).toContain(ROLE);
    const example = EXAMPLE_CODINGS.find((coding) => coding.quote === excerpt);
    expect(example, `excerpt "${excerpt}" is one of the example's codings`).toBeDefined();
    const text = await canonicalText(example?.sourceFile ?? '');
    expect(text.slice(Number(start), Number(end))).toBe(excerpt);
  }

  // The Markdown keeps the same filters: one block quote per CSV row, each quote among them, under its code's heading.
  const markdownDownload = await excerptsScreen.exportMarkdown();
  expect(markdownDownload.suggestedFilename()).toBe('coded-excerpts.md');
  const markdown = await readFile(await markdownDownload.path(), 'utf8');
  expect(markdown.match(/^— /gm)).toHaveLength(records.length);
  for (const [code, excerpt] of records) {
    expect(markdown).toContain(`\n## ${code}\n`);
    expect(markdown).toContain(`\n> ${excerpt.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`)}\n`);
  }

  // The workbook and the Word document keep the same filters too: a row, and a quote, per CSV row.
  const xlsxDownload = await excerptsScreen.exportAs('Export XLSX');
  expect(xlsxDownload.suggestedFilename()).toBe('coded-excerpts.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile(await xlsxDownload.path())).slice().buffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).values).toEqual([undefined, ...rows[0]]);
  expect(sheet.rowCount).toBe(records.length + 1);
  expect(sheet.getColumn(2).values.slice(2).map(String)).toEqual(records.map((record) => record[1]));
  // With "a sheet per code", each code of the rows gets a sheet of its own after the one of all excerpts.
  await page.getByRole('checkbox', { name: 'XLSX: a sheet per code' }).check();
  const perCode = new ExcelJS.Workbook();
  await perCode.xlsx.load(new Uint8Array(await readFile(await (await excerptsScreen.exportAs('Export XLSX')).path())).slice().buffer);
  expect(perCode.worksheets).toHaveLength(1 + new Set(records.map(([code]) => code)).size);
  const wordDownload = await excerptsScreen.exportAs('Export Word');
  expect(wordDownload.suggestedFilename()).toBe('coded-excerpts.docx');
  const word = docxDocumentXml(new Uint8Array(await readFile(await wordDownload.path())));
  expect(word.match(/<w:pStyle w:val="Quote"\/>/g)).toHaveLength(records.length);
  const wordText = docxText(new Uint8Array(await readFile(await wordDownload.path())));
  for (const [code, excerpt] of records) {
    expect(wordText).toContain(code);
    expect(wordText).toContain(excerpt);
  }

  // "Open in source" opens the transcript at the excerpt: the route carries the excerpt's range.
  const first = excerptsScreen.excerpts.first();
  const firstText = await first.locator('.excerpt-text').innerText();
  const firstRow = records.find((record) => record[1] === firstText);
  await first.getByRole('button', { name: /^Open .* at this excerpt$/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/source/[^/]+/${firstRow?.[7]}-${firstRow?.[8]}$`));
  await expect(page.locator('#source-heading')).toBeVisible();
  await app.screenshot('excerpts-03-opened-in-source');

  // Back returns to the same reading: codes and filters are remembered for the session.
  await page.goBack();
  await expect(excerptsScreen.excerpts).toHaveCount(perRole);
  expect(pageErrors).toEqual([]);
});
