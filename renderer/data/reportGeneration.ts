// Makes the ecosystem-model report in the app: reads the project as its file carries it (one transaction on this
// thread), has the report worker build the document section by section and write the chosen format, and saves the
// files through the platform. A PDF inside Electron is printed by Chromium from the report's HTML (main's
// printToPDF); in the browser it is drawn by the pdf-lib writer in the worker. Markdown with its figures is saved as
// one ZIP (the .md and its SVG files side by side), so one save dialog or one download carries all of it.
import { zipSync } from 'fflate';
import type { Id } from '../../shared/model/index.ts';
import type { ReportFiles, ReportFormat } from '../../shared/report/reportDocument.ts';
import type { ReportOptions } from '../../shared/report/reportOptions.ts';
import { REPORT_FILE_TYPES } from '../../shared/report/writeReport.ts';
import type { SaveFileResult } from '../../shared/platform/bridge.ts';
import { saveBytes } from '../platform/platform.ts';
import { printPdfNatively } from '../platform/reportPlatform.ts';
import type { RpcProgress } from '../workers/rpcMessages.ts';
import type { RpcClient } from '../workers/rpcClient.ts';
import { serveReport, type BuiltReport, type ReportMethods } from '../workers/reportService.ts';
import { openServiceClient, startReportWorker } from '../workers/workerConnections.ts';
import type { CaseweaveDatabase } from './database.ts';
import { readProjectSnapshot } from './projectSnapshots.ts';

export type { BuiltReport } from '../workers/reportService.ts';

let client: RpcClient<ReportMethods> | null = null;
const reportService = (): RpcClient<ReportMethods> => {
  client ??= openServiceClient<ReportMethods>(startReportWorker(), serveReport, { stateless: true });
  return client;
};

/** Builds the report of the project's current data with these options; progress names each section as it is built. */
export const generateReport = async (
  db: CaseweaveDatabase, projectId: Id, options: ReportOptions, call: { signal?: AbortSignal; onProgress?: (progress: RpcProgress) => void } = {},
): Promise<BuiltReport> => {
  const snapshot = await readProjectSnapshot(db, projectId);
  call.signal?.throwIfAborted();
  return reportService().call('build', { snapshot, options }, call);
};

/** The files of a built report in one format. */
export const writeReportFiles = async (built: BuiltReport, format: ReportFormat, signal?: AbortSignal): Promise<ReportFiles> => {
  if (format === 'pdf') {
    const printed = await printPdfNatively(built.html);
    if (printed !== null) return { main: printed, extra: [] };
  }
  return reportService().call('write', { document: built.document, format }, { signal });
};

/** What is saved: one file, or for Markdown with figures a ZIP of the .md and its SVG files. */
export const reportDownload = (files: ReportFiles, format: ReportFormat, stem: string): { fileName: string; bytes: Uint8Array; extension: string } => {
  const { extension } = REPORT_FILE_TYPES[format];
  if (format !== 'md' || files.extra.length === 0) return { fileName: `${stem}.${extension}`, bytes: files.main, extension };
  const entries: Record<string, Uint8Array> = { [`${stem}.md`]: files.main };
  for (const figure of files.extra) entries[figure.name] = figure.bytes;
  // A fixed time stamp: the same report gives the same archive.
  return { fileName: `${stem}.zip`, bytes: zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') }), extension: 'zip' };
};

/** The file name stem of a project's report: its name made safe for every file system. */
export const reportFileStem = (projectName: string, reportWord: string): string => {
  const safe = `${projectName} ${reportWord}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim();
  return safe === '' ? reportWord : safe.slice(0, 120);
};

export const saveReport = (download: { fileName: string; bytes: Uint8Array; extension: string }, filterName: string): Promise<SaveFileResult> =>
  saveBytes(download.fileName, download.bytes, [{ name: filterName, extensions: [download.extension] }]);
