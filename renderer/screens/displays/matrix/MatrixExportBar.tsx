// The export buttons of a matrix display: CSV and XLSX files (matrix, header block naming the filters, and the excerpts
// behind it), the matrix copied to the clipboard as TSV, and a PNG picture.
import { useState } from 'react';
import { hasNativeFileDialog, saveBytes } from '../../../platform/platform.ts';
import { writeClipboardText } from '../../../platform/clipboard.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { useToasts } from '../../../services/Toasts.tsx';
import { matrixCsvBytes, matrixPngBytes, matrixTsvText, matrixXlsxBytes } from '../export/matrixExports.ts';
import type { MatrixExportInput } from '../export/matrixViewTable.ts';
import { exportFileName } from '../export/exportFileName.ts';

type Props = { input: Omit<MatrixExportInput, 't'> | null };

export const MatrixExportBar = ({ input }: Props) => {
  const { t } = useTranslation();
  const { notify, reportError } = useToasts();
  const [busy, setBusy] = useState(false);

  const save = async (extension: 'csv' | 'xlsx' | 'png', make: (full: MatrixExportInput) => Uint8Array | Promise<Uint8Array>) => {
    if (input === null) return;
    setBusy(true);
    try {
      const fileName = exportFileName(input.display.name, extension);
      const outcome = await saveBytes(fileName, await make({ ...input, t }), [{ name: t(`displays.export.filter.${extension}`), extensions: [extension] }]);
      if (outcome.saved && hasNativeFileDialog()) notify(t('displays.export.saved', { path: outcome.path }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (input === null) return;
    try {
      await writeClipboardText(matrixTsvText({ ...input, t }));
      notify(t('displays.export.copied'));
    } catch {
      notify(t('displays.export.copyFailed'));
    }
  };

  const disabled = busy || input === null;
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
