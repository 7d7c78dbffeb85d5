// The coded excerpts as an Excel workbook: one sheet with a row per excerpt and the CSV's columns and translated
// header (excerptsCsv.ts), the header frozen and filterable, and on request one more sheet per code, so a team can
// sort and filter in a spreadsheet. exceljs comes in as a parameter, as for the matrices (matrixXlsx.ts): the renderer
// passes its polyfill-free browser build, the CLI the package.
import type * as ExcelJS from 'exceljs';
import { getLocale, t, type Locale } from '../i18n/translate.ts';
import type { CodedExcerpt } from './codedExcerpts.ts';
import { excerptCsvRows } from './excerptsCsv.ts';
import type { ExcelModule } from './matrixXlsx.ts';

export type ExcerptsXlsxOptions = { locale?: Locale; sheetPerCode?: boolean };

const SHEET_NAME_LIMIT = 31;
const EXCERPT_COLUMN = 2;

/**
 * A sheet name Excel accepts for `wanted`: none of []:*?/\ (each becomes "-"), no leading or trailing apostrophe, at
 * most 31 characters, not "History", and unlike every name in `taken` (compared as Excel does, ignoring case); a
 * clash gets " (2)", " (3)"… within the limit.
 */
export const safeSheetName = (wanted: string, taken: ReadonlySet<string>): string => {
  const cleaned = wanted.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim();
  // Excel reserves "History" and refuses an empty name.
  const base = cleaned === '' || cleaned.toLowerCase() === 'history' ? `${cleaned}-` : cleaned;
  const lowerTaken = new Set([...taken].map((name) => name.toLowerCase()));
  for (let attempt = 1; ; attempt += 1) {
    const suffix = attempt === 1 ? '' : ` (${attempt})`;
    const name = `${[...base].slice(0, SHEET_NAME_LIMIT - suffix.length).join('').trimEnd()}${suffix}`;
    if (!lowerTaken.has(name.toLowerCase())) return name;
  }
};

const addExcerptTable = (workbook: ExcelJS.Workbook, name: string, excerpts: readonly CodedExcerpt[], locale: Locale): void => {
  const [header, ...rows] = excerptCsvRows(excerpts, locale);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  sheet.getColumn(1).width = 30;
  // Excerpts run long: wrap them rather than stretch the column.
  sheet.getColumn(EXCERPT_COLUMN).width = 80;
  sheet.getColumn(EXCERPT_COLUMN).alignment = { wrapText: true, vertical: 'top' };
};

export const buildExcerptsWorkbook = (excel: ExcelModule, excerpts: readonly CodedExcerpt[], options: ExcerptsXlsxOptions = {}): ExcelJS.Workbook => {
  const locale = options.locale ?? getLocale();
  const workbook = new excel.Workbook();
  const taken = new Set<string>();
  const claim = (wanted: string): string => {
    const name = safeSheetName(wanted, taken);
    taken.add(name);
    return name;
  };
  addExcerptTable(workbook, claim(t('retrieval.xlsx.sheet.all', undefined, locale)), excerpts, locale);
  if (options.sheetPerCode === true) {
    const byCode = new Map<string, CodedExcerpt[]>();
    for (const excerpt of excerpts) byCode.set(excerpt.codePath, [...(byCode.get(excerpt.codePath) ?? []), excerpt]);
    for (const [codePath, group] of byCode) addExcerptTable(workbook, claim(codePath), group, locale);
  }
  return workbook;
};

/** The .xlsx file's bytes. */
export const buildExcerptsXlsx = async (excel: ExcelModule, excerpts: readonly CodedExcerpt[], options: ExcerptsXlsxOptions = {}): Promise<Uint8Array> =>
  new Uint8Array(await buildExcerptsWorkbook(excel, excerpts, options).xlsx.writeBuffer());
