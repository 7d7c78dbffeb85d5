// CSV for test fixtures, read with the app's own RFC 4180 reader (shared/import/csvTable.ts), blank records left out.
import { parseCsv as parseCsvRecordsOf } from '../../shared/import/csvTable.ts';

export const parseCsv = (text: string): string[][] =>
  parseCsvRecordsOf(text).filter((record) => record.some((cell) => cell !== ''));

/** Rows as objects keyed by the header row. */
export const parseCsvRecords = (text: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
};
