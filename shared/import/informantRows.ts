// The informant import's pure core: which column of a spreadsheet is the pseudonym, the role, the real name or a
// typed attribute (guessed from the header and the values, then chosen by the user), and each row read into a new
// informant, an update of one the project has (same pseudonym), or a refusal naming the file, the row and why.
import { t } from '../i18n/translate.ts';
import type { AttributeType, AttributeValue, Id, Informant } from '../model/index.ts';
import type { SheetRow, SheetTable } from './sheetTable.ts';

export type ColumnUse =
  | { kind: 'pseudonym' }
  | { kind: 'role' }
  | { kind: 'realName' }
  | { kind: 'attribute'; name: string; type: AttributeType }
  | { kind: 'ignore' };

export type InformantFields = {
  pseudonym: string;
  role: string;
  realName: string | null;
  attributes: Record<string, AttributeValue>;
};

export type InformantRowOutcome =
  | { rowNumber: number; action: 'create'; fields: InformantFields }
  | { rowNumber: number; action: 'update'; informantId: Id; fields: InformantFields }
  | { rowNumber: number; action: 'refuse'; reason: string };

const headerKey = (header: string): string => header.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const PSEUDONYM_HEADERS = new Set(['pseudonym', 'name', 'informant', 'alias', 'nama samaran', 'samaran']);
const ROLE_HEADERS = new Set(['role', 'peran']);
const REAL_NAME_HEADERS = new Set(['real name', 'realname', 'full name', 'nama asli', 'nama lengkap']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/;
const TRUE_WORDS = new Set(['true', 'yes', 'y', 'ya', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'tidak', '0']);

/** A calendar date that exists: "2024-02-30" is refused, not rolled over into March. */
const isIsoDate = (value: string): boolean => {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

/** The attribute type every non-empty value of a column fits (text when they fit none better). */
export const guessAttributeType = (values: readonly string[]): AttributeType => {
  const filled = values.filter((value) => value !== '');
  if (filled.length === 0) return 'text';
  if (filled.every(isIsoDate)) return 'date';
  if (filled.every((value) => NUMBER.test(value))) return 'number';
  if (filled.every((value) => TRUE_WORDS.has(value.toLocaleLowerCase()) || FALSE_WORDS.has(value.toLocaleLowerCase()))) return 'boolean';
  return 'text';
};

/**
 * A first guess at each column's use: known headers by name (one pseudonym, role and real-name column each), the
 * rest attributes — the project's attribute of the same name (case aside) with its type, else a new one of the
 * type its values fit.
 */
export const guessColumnUses = (table: SheetTable, knownAttributes: readonly { name: string; type: AttributeType }[] = []): ColumnUse[] => {
  const taken = new Set<ColumnUse['kind']>();
  return table.header.map((header, index) => {
    const key = headerKey(header);
    const claim = (kind: 'pseudonym' | 'role' | 'realName', names: Set<string>): ColumnUse | null => {
      if (taken.has(kind) || !names.has(key)) return null;
      taken.add(kind);
      return { kind };
    };
    const named = claim('pseudonym', PSEUDONYM_HEADERS) ?? claim('role', ROLE_HEADERS) ?? claim('realName', REAL_NAME_HEADERS);
    if (named !== null) return named;
    if (header === '') return { kind: 'ignore' };
    const known = knownAttributes.find((attribute) => attribute.name.toLocaleLowerCase() === header.replace(/\s+/g, ' ').toLocaleLowerCase());
    if (known !== undefined) return { kind: 'attribute', name: known.name, type: known.type };
    return { kind: 'attribute', name: header, type: guessAttributeType(table.rows.map((row) => row.cells[index] ?? '')) };
  });
};

/** A cell read as a value of `type`, or null when it is not one. */
export const readAttributeValue = (raw: string, type: AttributeType): AttributeValue | null => {
  switch (type) {
    case 'text':
      return { type, value: raw };
    case 'number': {
      if (!NUMBER.test(raw)) return null;
      const value = Number(raw.replace(',', '.'));
      return Number.isFinite(value) ? { type, value } : null;
    }
    case 'date':
      return isIsoDate(raw) ? { type, value: raw } : null;
    case 'boolean': {
      const word = raw.toLocaleLowerCase();
      if (TRUE_WORDS.has(word)) return { type, value: true };
      if (FALSE_WORDS.has(word)) return { type, value: false };
      return null;
    }
  }
};

/** Why the chosen uses cannot be imported at all (null: they can): exactly one pseudonym column, no name twice. */
export const checkColumnUses = (uses: readonly ColumnUse[]): string | null => {
  const pseudonyms = uses.filter((use) => use.kind === 'pseudonym').length;
  if (pseudonyms === 0) return t('informantImport.error.noPseudonymColumn');
  if (pseudonyms > 1) return t('informantImport.error.twoPseudonymColumns');
  for (const kind of ['role', 'realName'] as const) {
    if (uses.filter((use) => use.kind === kind).length > 1) return t('informantImport.error.twoColumnsFor', { use: t(`informantImport.use.${kind}`) });
  }
  const names = new Set<string>();
  for (const use of uses) {
    if (use.kind !== 'attribute') continue;
    const name = use.name.trim().replace(/\s+/g, ' ');
    if (name === '') return t('informantImport.error.attributeNameEmpty');
    if (names.has(name.toLocaleLowerCase())) return t('informantImport.error.attributeTwice', { name });
    names.add(name.toLocaleLowerCase());
  }
  return null;
};

const readRow = (table: SheetTable, row: SheetRow, uses: readonly ColumnUse[]): InformantFields | string => {
  const refuse = (reason: string): string => t('informantImport.refused', { file: table.fileName, row: row.rowNumber, reason });
  const extra = row.cells.slice(uses.length).filter((cell) => cell !== '').length;
  if (extra > 0) return refuse(t('informantImport.reason.extraCells', { count: row.cells.length, columns: uses.length }));
  const fields: InformantFields = { pseudonym: '', role: '', realName: null, attributes: {} };
  for (const [index, use] of uses.entries()) {
    const cell = (row.cells[index] ?? '').replace(/\s+/g, ' ');
    if (use.kind === 'pseudonym') fields.pseudonym = cell;
    else if (use.kind === 'role') fields.role = cell;
    else if (use.kind === 'realName') fields.realName = cell === '' ? null : cell;
    else if (use.kind === 'attribute' && cell !== '') {
      const value = readAttributeValue(cell, use.type);
      if (value === null) return refuse(t('informantImport.reason.badValue', { value: cell, name: use.name.trim(), type: t(`informants.type.${use.type}`) }));
      fields.attributes[use.name.trim().replace(/\s+/g, ' ')] = value;
    }
  }
  if (fields.pseudonym === '') return refuse(t('informantImport.reason.noPseudonym'));
  return fields;
};

/**
 * Every row of the table read with the chosen column uses: a new informant, an update of the project's informant
 * with that pseudonym (case aside), or a refusal — an empty pseudonym, a pseudonym an earlier row has, a value
 * that is not of its column's type, cells beyond the header. Call only with uses checkColumnUses accepts.
 */
export const readInformantRows = (table: SheetTable, uses: readonly ColumnUse[], existing: readonly Informant[]): InformantRowOutcome[] => {
  const byPseudonym = new Map(existing.map((informant) => [informant.pseudonym.toLocaleLowerCase(), informant.id]));
  const seen = new Map<string, number>();
  return table.rows.map((row): InformantRowOutcome => {
    const fields = readRow(table, row, uses);
    if (typeof fields === 'string') return { rowNumber: row.rowNumber, action: 'refuse', reason: fields };
    const key = fields.pseudonym.toLocaleLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const reason = t('informantImport.reason.repeated', { name: fields.pseudonym, row: earlier });
      return { rowNumber: row.rowNumber, action: 'refuse', reason: t('informantImport.refused', { file: table.fileName, row: row.rowNumber, reason }) };
    }
    seen.set(key, row.rowNumber);
    const informantId = byPseudonym.get(key);
    return informantId === undefined
      ? { rowNumber: row.rowNumber, action: 'create', fields }
      : { rowNumber: row.rowNumber, action: 'update', informantId, fields };
  });
};
