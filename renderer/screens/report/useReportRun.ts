// One report at a time on the Report screen: Generate builds it in the worker with progress (a new Generate or
// leaving the screen withdraws the build in flight); Save writes the chosen format and saves it through the platform;
// Open shows it — the saved file with the system's application in Electron, a new tab in the browser. Each failure
// becomes a message on the screen, never a blank one.
import { useEffect, useRef, useState } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import type { ReportFormat } from '../../../shared/report/reportDocument.ts';
import type { ReportOptions } from '../../../shared/report/reportOptions.ts';
import { REPORT_FILE_TYPES } from '../../../shared/report/writeReport.ts';
import { generateReport, reportDownload, reportFileStem, saveReport, writeReportFiles, type BuiltReport } from '../../data/reportGeneration.ts';
import { hasNativeFileDialog } from '../../platform/platform.ts';
import { openInNewTab, openSavedFile } from '../../platform/reportPlatform.ts';
import { isAbortError } from '../../workers/rpcClient.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { describeError } from '../../services/errorMessage.ts';
import { useToasts } from '../../services/Toasts.tsx';
import type { ReportProgress } from './ReportPreview.tsx';

export type Generated = { built: BuiltReport; optionsKey: string };

export const useReportRun = (projectId: Id, projectName: string) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { notify } = useToasts();
  const [generated, setGenerated] = useState<Generated | null>(null);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [generating, setGenerating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const generate = async (options: ReportOptions, optionsKey: string): Promise<void> => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setGenerating(true);
    setProblem(null);
    setSavedPath(null);
    setProgress({ done: 0, total: options.sections.filter((section) => section.included).length, label: null, finished: false });
    try {
      const built = await generateReport(db, projectId, options, {
        signal: controller.signal,
        onProgress: ({ done, total, label }) => setProgress({ done, total, label: label ?? null, finished: false }),
      });
      setGenerated({ built, optionsKey });
      setProgress({ done: built.document.sections.length, total: built.document.sections.length, label: null, finished: true });
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) return;
      setProgress(null);
      setProblem(t('reportScreen.error.generate', { detail: describeError(error) }));
    } finally {
      if (running.current === controller) {
        running.current = null;
        setGenerating(false);
      }
    }
  };

  const save = async (format: ReportFormat): Promise<void> => {
    if (generated === null) return;
    setBusy(true);
    setProblem(null);
    try {
      const files = await writeReportFiles(generated.built, format);
      const download = reportDownload(files, format, reportFileStem(projectName, t('reportScreen.title')));
      const filter = t(`reportScreen.fileFilter.${download.extension === 'zip' ? 'zip' : format}`);
      const result = await saveReport(download, filter);
      if (!result.saved) return;
      setSavedPath(hasNativeFileDialog() ? result.path : null);
      notify(hasNativeFileDialog() ? t('reportScreen.saved', { path: result.path }) : t('reportScreen.downloaded', { file: result.path }));
    } catch (error) {
      setProblem(t('reportScreen.error.save', { detail: describeError(error) }));
    } finally {
      setBusy(false);
    }
  };

  const open = async (format: ReportFormat): Promise<void> => {
    if (generated === null) return;
    setProblem(null);
    try {
      if (hasNativeFileDialog()) {
        if (savedPath !== null) await openSavedFile(savedPath);
        return;
      }
      // The browser shows HTML and PDF itself; the other formats are shown as the HTML they were written from.
      const bytes = format === 'pdf' ? (await writeReportFiles(generated.built, 'pdf')).main : new TextEncoder().encode(generated.built.html);
      if (!openInNewTab(bytes, REPORT_FILE_TYPES[format === 'pdf' ? 'pdf' : 'html'].mimeType)) setProblem(t('reportScreen.error.popupBlocked'));
    } catch (error) {
      setProblem(t('reportScreen.error.open', { detail: describeError(error) }));
    }
  };

  /** Electron opens only a file it saved; the browser opens the report itself. */
  const canOpen = generated !== null && (!hasNativeFileDialog() || savedPath !== null);

  return { generated, progress, generating, busy, problem, canOpen, generate, save, open };
};
