// The data path of a matrix display on real Dexie: the project's matrix data read in one go (sources with texts, turns
// and speaker links), the display service answering over the worker protocol (the data sent once per version, asked
// for again when the service lost it), the excerpts of a cell attributed by the one rule, and the exports (CSV, TSV and an XLSX read back).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDisplay, saveCellNote } from '../../../renderer/data/displays.ts';
import { loadMatrixData } from '../../../renderer/data/displayData.ts';
import { matrixDataFor, onMatrixDataStale } from '../../../renderer/data/matrixDataCache.ts';
import { cellExcerpts } from '../../../renderer/screens/displays/matrix/cellExcerpts.ts';
import { matrixCsvBytes, matrixTsvText, matrixXlsxBytes } from '../../../renderer/screens/displays/export/matrixExports.ts';
import { serveDisplayComputing, type DisplayComputeMethods } from '../../../renderer/workers/displayService.ts';
import { inThreadConnection } from '../../../renderer/workers/inThreadEndpoint.ts';
import { createRpcClient } from '../../../renderer/workers/rpcClient.ts';
import type { MatrixDisplayDefinition } from '../../../shared/model/index.ts';
import { rangeOf, setUpCoding } from './codingFixture.ts';

const setUpDisplay = async () => {
  const fixture = await setUpCoding();
  const { store, sourceIds, texts, codeByName } = fixture;
  const exporters = codeByName('Exporters and intermediaries');
  const own = await store.applyCoding({ sourceId: sourceIds[0], codeId: exporters.id, ...rangeOf(texts[0], 'for a trader, then more came') });
  const asked = await store.applyCoding({ sourceId: sourceIds[1], codeId: exporters.id, ...rangeOf(texts[1], 'buyers asked for painted drums') });
  const question = await store.applyCoding({ sourceId: sourceIds[0], codeId: exporters.id, ...rangeOf(texts[0], 'Could you tell me about') });
  if (!own || !asked || !question) throw new Error('setup');
  const display = await createDisplay(fixture.db, fixture.projectId, { name: 'Roles', type: 'role-ordered' });
  if (display.definition.kind !== 'matrix') throw new Error('a matrix display');
  const definition: MatrixDisplayDefinition = { ...display.definition, codeIds: [exporters.id] };
  return { ...fixture, exporters, own, asked, question, display: { ...display, definition } };
};

const openClient = () => createRpcClient<DisplayComputeMethods>(inThreadConnection(serveDisplayComputing), { stateless: true });

describe('loadMatrixData', () => {
  it('reads the informants, sources with their texts, codes and codings of the project', async () => {
    const f = await setUpDisplay();
    const data = await loadMatrixData(f.db, f.projectId);
    expect(data.informants.map((person) => person.pseudonym).sort()).toEqual(['Harjo', 'Rina']);
    expect(data.sources.map((source) => source.text).sort()).toEqual([...f.texts].sort());
    expect(data.sources.find((source) => source.id === f.sourceIds[0])?.speakerLinks).toEqual({ Harjo: data.informants.find((person) => person.pseudonym === 'Harjo')?.id });
    expect(data.codings.map((coding) => coding.id).sort()).toEqual([f.own.id, f.asked.id, f.question.id].sort());
    expect(data.codes.length).toBe(f.store.getSnapshot().codes.length);
  });
});

describe('the display service', () => {
  it('computes a display over data sent once per version, and asks for data it does not hold', async () => {
    const f = await setUpDisplay();
    const data = await loadMatrixData(f.db, f.projectId);
    const client = openClient();
    try {
      expect(await client.call('compute', { version: 1, data: null, display: f.display })).toEqual({ missing: true });
      const view = await client.call('compute', { version: 1, data, display: f.display });
      if ('missing' in view) throw new Error('missing');
      expect(view.rows.map((row) => row.id)).toEqual(['diaspora actor', 'owner', '']);
      expect(view.columns.map((column) => column.id)).toEqual([f.exporters.id]);
      // The same version again needs no data; a newer one does.
      const again = await client.call('compute', { version: 1, data: null, display: f.display });
      expect(again).toEqual(view);
      expect(await client.call('compute', { version: 2, data: null, display: f.display })).toEqual({ missing: true });
    } finally {
      client.close();
    }
  });

  it('answers a kept view only for the same data version and definition', async () => {
    const f = await setUpDisplay();
    const client = openClient();
    try {
      const before = await loadMatrixData(f.db, f.projectId);
      const first = await client.call('compute', { version: 1, data: before, display: f.display });
      if ('missing' in first) throw new Error('missing');
      const cellsOf = (view: typeof first) => view.cells.map((row) => row.map((cell) => cell.codingIds.length));
      // Another cell content is another view; the first one is answered again unchanged.
      const informants = await client.call('compute', { version: 1, data: null, display: { ...f.display, definition: { ...f.display.definition, cell: 'informants' } } });
      if ('missing' in informants) throw new Error('missing');
      expect(informants.cells.flat().map((cell) => cell.value)).toEqual(first.cells.flat().map((cell) => cell.informants));
      expect(await client.call('compute', { version: 1, data: null, display: f.display })).toEqual(first);
      // New data (one more coding) under a new version is computed afresh, not answered from the kept views.
      await f.store.applyCoding({ sourceId: f.sourceIds[1], codeId: f.exporters.id, ...rangeOf(f.texts[1], 'painted drums') });
      const after = await loadMatrixData(f.db, f.projectId);
      const second = await client.call('compute', { version: 2, data: after, display: f.display });
      if ('missing' in second) throw new Error('missing');
      expect(cellsOf(second).flat().reduce((sum, n) => sum + n, 0)).toBe(cellsOf(first).flat().reduce((sum, n) => sum + n, 0) + 1);
    } finally {
      client.close();
    }
  });
});

describe('matrixDataFor', () => {
  it('reads a project once for every display, and again after a write to its codings', async () => {
    const f = await setUpDisplay();
    const first = await matrixDataFor(f.db, f.projectId);
    expect(await matrixDataFor(f.db, f.projectId)).toBe(first);
    const stale: string[] = [];
    const stop = onMatrixDataStale((projectId) => stale.push(projectId));
    try {
      await f.store.applyCoding({ sourceId: f.sourceIds[1], codeId: f.exporters.id, ...rangeOf(f.texts[1], 'painted drums') });
      await expect.poll(() => stale).toEqual([f.projectId]);
      const second = await matrixDataFor(f.db, f.projectId);
      expect(second.version).toBeGreaterThan(first.version);
      expect(second.data.codings).toHaveLength(first.data.codings.length + 1);
    } finally {
      stop();
    }
  });
});

describe('cell excerpts and export tables', () => {
  it('attributes each excerpt of a cell by the rule and leaves out codings deleted since', async () => {
    const f = await setUpDisplay();
    const data = await loadMatrixData(f.db, f.projectId);
    const excerpts = cellExcerpts(data, [f.own.id, 'gone', f.question.id]);
    expect(excerpts.map((excerpt) => excerpt.quote)).toEqual(['for a trader, then more came', 'Could you tell me about']);
    expect(excerpts[0]).toMatchObject({ sourceTitle: 'Harjo', speakers: ['Harjo'], informants: [{ pseudonym: 'Harjo', role: 'owner' }], roles: ['owner'] });
    expect(excerpts[0].codePath).toBe('Business networks / Exporters and intermediaries');
    // The interviewer's question belongs to no informant.
    expect(excerpts[1]).toMatchObject({ speakers: ['Interviewer'], informants: [], roles: [] });
  });

  it('exports the display as CSV and XLSX with the summary in its cell and the excerpts behind each cell', async () => {
    const f = await setUpDisplay();
    const data = await loadMatrixData(f.db, f.projectId);
    const client = openClient();
    const view = await client.call('compute', { version: 1, data, display: f.display });
    client.close();
    if ('missing' in view) throw new Error('missing');
    const owner = view.rows.findIndex((row) => row.id === 'owner');
    const ownerCell = view.cells[owner][0];
    const noted = await saveCellNote(f.db, f.display.id, ownerCell.key, { summary: { content: '', plainText: 'Traders came first.' } }, ownerCell.codingIds);
    const input = { db: f.db, projectId: f.projectId, display: { ...noted, definition: f.display.definition }, view, locale: 'en' as const };
    const csv = new TextDecoder().decode(await matrixCsvBytes(input));
    expect(csv).toContain('Roles');
    expect(csv).toMatch(/\r\nowner,Traders came first\./);
    expect(matrixTsvText(input).split('\r\n')[0]).toBe('\tBusiness networks / Exporters and intermediaries');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await matrixXlsxBytes(input)).slice().buffer);
    const rowsOf = (name: string): string[][] => {
      const rows: string[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => rows.push(Array.isArray(row.values) ? row.values.slice(1).map((value) => String(value ?? '')) : []));
      return rows;
    };
    expect(rowsOf('Matrix').find((row) => row[0] === 'owner')?.[1]).toMatch(/^Traders came first\./);
    const excerpts = rowsOf('Excerpts');
    expect(excerpts.slice(1).map((row) => row.at(-1)).sort()).toEqual(['Could you tell me about', 'buyers asked for painted drums', 'for a trader, then more came'].sort());
  });
});
