// Reading a CSV file (RFC 4180: quoted fields with delimiters, doubled quotes and line breaks inside) into records,
// and a CSV file's bytes into a SheetTable. The delimiter is the one the header line uses: a comma, or the
// semicolon or tab that spreadsheet programs write in many locales.
import { decodeText } from './decodeText.ts';
import { SheetTableError, tableFromRecords, type SheetTable } from './sheetTable.ts';
import { t } from '../i18n/translate.ts';

export type CsvDelimiter = ',' | ';' | '\t';

/** Every record of `text`, blank ones included (so record i is line-wise row i + 1 of a spreadsheet). */
export const parseCsv = (text: string, delimiter: CsvDelimiter = ','): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
};

/** The delimiter the first line uses most, outside quotes (a comma when it uses none). */
export const guessDelimiter = (text: string): CsvDelimiter => {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return best;
};

/** A CSV file's bytes (any encoding decodeText reads) as a table; refuses a file that is not text. */
export const readCsvTable = (fileName: string, bytes: Uint8Array): SheetTable => {
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch {
    throw new SheetTableError(t('informantImport.error.notText', { file: fileName }));
  }
  return tableFromRecords(fileName, parseCsv(text, guessDelimiter(text)));
};
