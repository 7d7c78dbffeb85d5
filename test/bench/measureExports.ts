// The export figures of issue 11 measured in Node on the generated project's snapshot, with the shared code the app's
// workers and the CLI run: 10,000 coded excerpts collected and written as an XLSX workbook (with the CSV of the same
// excerpts as the same-run baseline). Seconds, each the median and p95 over a few runs after a warm-up.
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildExcerptsCsv, buildExcerptsXlsx, collectCodedExcerpts } from '../../shared/export/index.ts';
import type { ProjectSnapshot } from '../../shared/projectFile/projectSnapshot.ts';
import { excerptData } from '../../shared/projectFile/snapshotData.ts';
import { summarise } from './benchStats.ts';

export type SecondsFigures = { p50: number; p95: number; n: number };

/** `runs` timed runs of `work` after one untimed warm-up, in seconds. */
export const timedSeconds = async (runs: number, work: () => Promise<unknown>): Promise<SecondsFigures> => {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    samples.push((performance.now() - started) / 1000);
  }
  const { p50, p95, n } = summarise(samples.map((seconds) => seconds * 1000));
  return { p50: p50 / 1000, p95: p95 / 1000, n };
};

export const measureExcerptsXlsx = async (snapshot: ProjectSnapshot, count = 10_000, runs = 3): Promise<{ xlsx: SecondsFigures; csv: SecondsFigures; excerpts: number }> => {
  const data = excerptData(snapshot);
  const collect = () => collectCodedExcerpts(data, { codeIds: data.codes.map((code) => code.id) }, 'en').slice(0, count);
  const excerpts = collect().length;
  const xlsx = await timedSeconds(runs, async () => buildExcerptsXlsx(ExcelJS, collect(), { locale: 'en' }));
  const csv = await timedSeconds(runs, async () => buildExcerptsCsv(collect(), { locale: 'en' }));
  return { xlsx, csv, excerpts };
};

/**
 * The ecosystem-model report of the large project (200 conclusions, the 80-node network) built and written as HTML
 * and as DOCX with the shared code the report worker and the CLI run; each figure covers building the document from
 * the snapshot (the layout of the network included) and writing the file.
 */
export const measureReport = async (snapshot: ProjectSnapshot, runs = 3): Promise<{ html: SecondsFigures; docx: SecondsFigures; build: SecondsFigures }> => {
  const [{ buildReportDocument }, { defaultReportOptions }, { reportHtml }, { reportDocx }, { loadFigureRasteriser }] = await Promise.all([
    import('../../shared/report/reportContent.ts'), import('../../shared/report/reportOptions.ts'), import('../../shared/report/writers/reportHtml.ts'),
    import('../../shared/report/writers/reportDocx.ts'), import('../../cli/figureRaster.ts'),
  ]);
  const options = defaultReportOptions('en', '2026-01-06T00:00:00.000Z');
  const rasterise = await loadFigureRasteriser();
  const build = await timedSeconds(runs, () => buildReportDocument(snapshot, options));
  const html = await timedSeconds(runs, async () => reportHtml(await buildReportDocument(snapshot, options)));
  const docx = await timedSeconds(runs, async () => reportDocx(await buildReportDocument(snapshot, options), rasterise));
  return { html, docx, build };
};
