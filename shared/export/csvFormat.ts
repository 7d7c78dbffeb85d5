// RFC 4180 CSV writing: quoting, CRLF line ends, UTF-8 with BOM, and a guard against formula injection.
//
// Formula injection: spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return,
// which some of them skip before such a sign) as a formula, so an excerpt like "=HYPERLINK(...)" or "-2+3"
// could execute when a colleague opens the file. Such text cells get a leading apostrophe ('), which the
// spreadsheet shows as a plain-text marker; the rest of the cell is unchanged. Numeric cells are not touched.

export type CsvCell = string | number | null;

export type CsvOptions = {
  /** Field separator; "," by RFC 4180, ";" suits spreadsheets in locales with a decimal comma. */
  delimiter?: ',' | ';' | '\t';
  /** Prefix risky text cells with an apostrophe (default true). */
  guardFormulas?: boolean;
};

const FORMULA_START = /^[=+\-@\t\r]/;

/** The apostrophe-prefixed form of a text cell a spreadsheet would otherwise evaluate. */
export const guardFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

const needsQuotes = (value: string, delimiter: string): boolean =>
  value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value);

export const encodeCsvCell = (cell: CsvCell, options: CsvOptions = {}): string => {
  const delimiter = options.delimiter ?? ',';
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = options.guardFormulas === false ? cell : guardFormula(cell);
  return needsQuotes(text, delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The CSV text of the rows, each line ended by CRLF (including the last, as RFC 4180 allows). */
export const encodeCsv = (rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string => {
  const delimiter = options.delimiter ?? ',';
  return rows.map((row) => `${row.map((cell) => encodeCsvCell(cell, options)).join(delimiter)}\r\n`).join('');
};

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 bytes with a byte-order mark, so spreadsheet programs read non-ASCII text correctly. */
export const utf8WithBom = (text: string): Uint8Array => {
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
};
