// `caseweave report FILE.caseweave --format html|docx|md|pdf [--lang en|id] [--pseudonymise] [--quotes N]
// [--no-excerpts] [--date YYYY-MM-DD] -o OUT`: the ecosystem-model report (shared/report/), written as the app writes
// it. Markdown's figures go beside OUT as SVG files; the DOCX's figures are drawn by resvg (figureRaster.ts); the PDF
// is drawn by the pdf-lib writer with embedded DejaVu fonts — no browser, vector figures, extractable text. The
// report is stamped with the project's last audit event (else its last change), never the clock, so the same file
// and options give the same bytes; --date stamps it with another day instead.
import { dirname, join } from 'node:path';
import { getLocale, t, type Locale } from '../shared/i18n/translate.ts';
import { snapshotRows, type ProjectSnapshot } from '../shared/projectFile/projectSnapshot.ts';
import { buildReportDocument } from '../shared/report/reportContent.ts';
import type { ReportFormat } from '../shared/report/reportDocument.ts';
import { defaultReportOptions, type ReportOptions } from '../shared/report/reportOptions.ts';
import { writeReport } from '../shared/report/writeReport.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { loadFigureRasteriser } from './figureRaster.ts';
import { loadPacketFonts } from './packetFonts.ts';
import { openProjectFileAt, writeFileRefusing } from './projectFileAccess.ts';

export type ReportRequest = {
  file: string; format: ReportFormat; language: Locale | null; pseudonymise: boolean; quotesPerConclusion: number; includeExcerpts: boolean;
  date: string | null; output: string;
};

/** The instant the project last changed: its last audit event, else the project's own last update. */
export const lastChangeInstant = (snapshot: ProjectSnapshot): string => {
  const events = snapshotRows(snapshot, 'auditEvents').map((event) => event.at);
  const project = snapshotRows(snapshot, 'projects')[0];
  const candidates = events.length > 0 ? events : [project?.updatedAt ?? project?.createdAt ?? '1970-01-01T00:00:00.000Z'];
  return candidates.reduce((latest, at) => (at > latest ? at : latest));
};

/** The report's options from the command line; `--date` is stamped at noon UTC so its day reads the same everywhere. */
export const reportOptionsFor = (request: ReportRequest, snapshot: ProjectSnapshot): ReportOptions => ({
  ...defaultReportOptions(request.language ?? getLocale(), request.date === null ? lastChangeInstant(snapshot) : `${request.date}T12:00:00.000Z`),
  quotesPerConclusion: request.quotesPerConclusion,
  includeExcerpts: request.includeExcerpts,
  pseudonymise: request.pseudonymise,
});

export const runReport = async (request: ReportRequest): Promise<CommandOutcome> => {
  const { snapshot } = await openProjectFileAt(request.file);
  const document = await buildReportDocument(snapshot, reportOptionsFor(request, snapshot));
  const files = await writeReport(document, request.format, { rasterise: await loadFigureRasteriser(), loadFonts: loadPacketFonts });
  await writeFileRefusing(request.output, files.main);
  for (const figure of files.extra) await writeFileRefusing(join(dirname(request.output), figure.name), figure.bytes);
  return succeeded(`${t('cli.report.written', { file: request.output, sections: document.sections.length, figures: files.extra.length })}\n`);
};
