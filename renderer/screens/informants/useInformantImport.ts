// Starting an informant import: the chosen file is read as a table (CSV in shared/, XLSX with exceljs) and handed
// to the import dialog; a file that cannot be read is reported by name and reason.
import { useCallback, useState } from 'react';
import { readCsvTable } from '../../../shared/import/csvTable.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { SheetTableError, type SheetTable } from '../../../shared/import/sheetTable.ts';
import { readXlsxTable } from '../../data/readXlsxTable.ts';
import { useToasts } from '../../services/Toasts.tsx';

/** The extensions the informant import reads; the file input offers them. */
export const INFORMANT_FILE_ACCEPT = '.csv,.tsv,.txt,.xlsx';

const readTable = async (file: File): Promise<SheetTable> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return readXlsxTable(file.name, bytes);
  if (name.endsWith('.csv') || name.endsWith('.tsv') || name.endsWith('.txt')) return readCsvTable(file.name, bytes);
  throw new SheetTableError(t('informantImport.error.unsupported', { file: file.name }));
};

export const useInformantImport = () => {
  const { reportError } = useToasts();
  const [table, setTable] = useState<SheetTable | null>(null);
  const open = useCallback((file: File) => {
    readTable(file).then(setTable, reportError);
  }, [reportError]);
  return { table, open, close: useCallback(() => setTable(null), []) };
};
