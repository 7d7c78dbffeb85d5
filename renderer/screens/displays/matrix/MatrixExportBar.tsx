// The export buttons of a matrix display: CSV and XLSX files (the matrix with a header block naming the display and
// its filters; the workbook also holds the excerpts behind each cell), the matrix copied to the clipboard as TSV, and a
// PNG picture.
import { useState } from 'react';
import type { MatrixView } from '../../../../shared/analysis/displayView.ts';
import type { Display } from '../../../../shared/model/index.ts';
import { hasNativeFileDialog, saveBytes } from '../../../platform/platform.ts';
import { writeClipboardText } from '../../../platform/clipboard.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { useToasts } from '../../../services/Toasts.tsx';
import { exportFileName } from '../export/exportFileName.ts';
import { matrixCsvBytes, matrixPngBytes, matrixTsvText, matrixXlsxBytes, type MatrixExportInput } from '../export/matrixExports.ts';

/** The display as previewed (its definition may be ahead of the stored one) and its computed view; null while computing. */
type Props = { projectId: string; display: Display; view: MatrixView | null };

export const MatrixExportBar = ({ projectId, display, view }: Props) => {
  const db = useDatabase();
  const { t, locale } = useTranslation();
  const { notify, reportError } = useToasts();
  const [busy, setBusy] = useState(false);

  const save = async (extension: 'csv' | 'xlsx' | 'png', make: (input: MatrixExportInput) => Promise<Uint8Array>) => {
    if (view === null) return;
    setBusy(true);
    try {
      const fileName = exportFileName(display.name, extension);
      const outcome = await saveBytes(fileName, await make({ db, projectId, display, view, locale }), [{ name: t(`displays.export.filter.${extension}`), extensions: [extension] }]);
      if (outcome.saved && hasNativeFileDialog()) notify(t('displays.export.saved', { path: outcome.path }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (view === null) return;
    try {
      await writeClipboardText(matrixTsvText({ display, view, locale }));
      notify(t('displays.export.copied'));
    } catch {
      notify(t('displays.export.copyFailed'));
    }
  };

  const disabled = busy || view === null;
  return (
    <div className="matrix-export" role="group" aria-label={t('displays.export.label')}>
      <button type="button" className="button small" disabled={disabled} onClick={() => void save('csv', matrixCsvBytes)}>
        {t('displays.export.csv')}
      </button>
      <button type="button" className="button small" disabled={disabled} onClick={() => void save('xlsx', matrixXlsxBytes)}>
        {t('displays.export.xlsx')}
      </button>
      <button type="button" className="button small" disabled={disabled} onClick={() => void copy()}>
        {t('displays.export.tsv')}
      </button>
      <button type="button" className="button small" disabled={disabled} onClick={() => void save('png', matrixPngBytes)}>
        {t('displays.export.png')}
      </button>
    </div>
  );
};
