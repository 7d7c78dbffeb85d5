// Reading and checking a codebook template file: every problem is reported with the file name and the field
// path (e.g. codes[2].children[0].name), so a user can fix a hand-edited or foreign template.
import type { CodeStatus } from '../model/index.ts';
import { t } from '../i18n/translate.ts';
import { isCodeColor } from '../codebook/codeColors.ts';
import { codeNameKey, MAX_CODE_NAME_LENGTH } from '../codebook/codeNames.ts';
import { TEMPLATE_FORMAT_VERSION, type CodebookTemplate, type TemplateCode } from './templateTypes.ts';

export const TEMPLATE_LIMITS = {
  maxFileBytes: 2 * 1024 * 1024,
  maxCodes: 2000,
  maxDepth: 10,
  maxTextLength: 20_000,
  maxDescriptionLength: 5000,
  maxRoles: 100,
} as const;

export type TemplateValidation = { ok: true; template: CodebookTemplate } | { ok: false; errors: string[] };

const TEMPLATE_FIELDS = new Set(['formatVersion', 'id', 'name', 'description', 'language', 'rolePresets', 'relationTypes', 'codes']);
const CODE_FIELDS = new Set(['name', 'color', 'definition', 'inclusionCriteria', 'exclusionCriteria', 'example', 'modelRole', 'status', 'children']);
const TEMPLATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATUSES: readonly CodeStatus[] = ['draft', 'stable'];

type Checker = { file: string; errors: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const readText = (check: Checker, record: Record<string, unknown>, key: string, field: string, max: number, required = true): string => {
  const value = record[key];
  if (typeof value !== 'string' || (required && value.trim() === '')) {
    check.errors.push(t('codebook.template.error.missingText', { file: check.file, field }));
    return '';
  }
  if (value.length > max) check.errors.push(t('codebook.template.error.textTooLong', { file: check.file, field, max }));
  return value;
};

const unknownFields = (check: Checker, record: Record<string, unknown>, allowed: ReadonlySet<string>, prefix: string): void => {
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) check.errors.push(t('codebook.template.error.unknownField', { file: check.file, field: `${prefix}${key}` }));
  }
};

const readCodes = (check: Checker, value: unknown, path: string, depth: number, counter: { codes: number }): TemplateCode[] => {
  if (!Array.isArray(value)) {
    check.errors.push(t('codebook.template.error.badList', { file: check.file, field: path }));
    return [];
  }
  if (depth > TEMPLATE_LIMITS.maxDepth) {
    check.errors.push(t('codebook.template.error.tooDeep', { file: check.file, field: path, max: TEMPLATE_LIMITS.maxDepth }));
    return [];
  }
  const seen = new Set<string>();
  const codes: TemplateCode[] = [];
  value.forEach((item: unknown, index) => {
    const at = `${path}[${index}]`;
    counter.codes += 1;
    if (!isRecord(item)) {
      check.errors.push(t('codebook.template.error.notObject', { file: `${check.file} (${at})` }));
      return;
    }
    unknownFields(check, item, CODE_FIELDS, `${at}.`);
    const name = readText(check, item, 'name', `${at}.name`, MAX_CODE_NAME_LENGTH);
    if (name !== '') {
      const key = codeNameKey(name);
      if (seen.has(key)) check.errors.push(t('codebook.template.error.duplicateName', { file: check.file, field: `${at}.name`, name }));
      seen.add(key);
    }
    const code: TemplateCode = {
      name,
      definition: readText(check, item, 'definition', `${at}.definition`, TEMPLATE_LIMITS.maxTextLength, false),
      inclusionCriteria: readText(check, item, 'inclusionCriteria', `${at}.inclusionCriteria`, TEMPLATE_LIMITS.maxTextLength, false),
      exclusionCriteria: readText(check, item, 'exclusionCriteria', `${at}.exclusionCriteria`, TEMPLATE_LIMITS.maxTextLength, false),
      example: readText(check, item, 'example', `${at}.example`, TEMPLATE_LIMITS.maxTextLength, false),
    };
    if (item.color !== undefined) {
      if (typeof item.color === 'string' && isCodeColor(item.color)) code.color = item.color.toLowerCase();
      else check.errors.push(t('codebook.template.error.badColor', { file: check.file, field: `${at}.color`, color: String(item.color) }));
    }
    if (item.modelRole !== undefined) {
      if (item.modelRole === null || typeof item.modelRole === 'string') code.modelRole = item.modelRole;
      else check.errors.push(t('codebook.template.error.badModelRole', { file: check.file, field: `${at}.modelRole` }));
    }
    if (item.status !== undefined) {
      const status = STATUSES.find((candidate) => candidate === item.status);
      if (status === undefined) check.errors.push(t('codebook.template.error.badStatus', { file: check.file, field: `${at}.status` }));
      else code.status = status;
    }
    if (item.children !== undefined) {
      const children = readCodes(check, item.children, `${at}.children`, depth + 1, counter);
      if (children.length > 0) code.children = children;
    }
    codes.push(code);
  });
  return codes;
};

/** A list of distinct names (role presets, relation types), trimmed, reported under `field`. */
const readNames = (check: Checker, value: unknown, field: string): string[] => {
  if (!Array.isArray(value) || value.length > TEMPLATE_LIMITS.maxRoles) {
    check.errors.push(t('codebook.template.error.badList', { file: check.file, field }));
    return [];
  }
  const seen = new Set<string>();
  const roles: string[] = [];
  value.forEach((role: unknown, index) => {
    const at = `${field}[${index}]`;
    if (typeof role !== 'string' || role.trim() === '') {
      check.errors.push(t('codebook.template.error.missingText', { file: check.file, field: at }));
      return;
    }
    const key = role.trim().toLocaleLowerCase('und');
    if (seen.has(key)) check.errors.push(t('codebook.template.error.duplicateRole', { file: check.file, field: at, name: role }));
    seen.add(key);
    roles.push(role.trim());
  });
  return roles;
};

/** Checks a parsed template; returns the clean template or every problem found (not only the first). */
export const validateTemplate = (value: unknown, fileName: string): TemplateValidation => {
  const check: Checker = { file: fileName, errors: [] };
  if (!isRecord(value)) return { ok: false, errors: [t('codebook.template.error.notObject', { file: fileName })] };
  if (value.formatVersion !== TEMPLATE_FORMAT_VERSION) {
    const version = typeof value.formatVersion === 'number' || typeof value.formatVersion === 'string' ? String(value.formatVersion) : '?';
    return { ok: false, errors: [t('codebook.template.error.formatVersion', { file: fileName, version })] };
  }
  unknownFields(check, value, TEMPLATE_FIELDS, '');
  const id = readText(check, value, 'id', 'id', 100);
  if (id !== '' && !TEMPLATE_ID.test(id)) check.errors.push(t('codebook.template.error.badId', { file: fileName, field: 'id' }));
  const counter = { codes: 0 };
  const template: CodebookTemplate = {
    formatVersion: TEMPLATE_FORMAT_VERSION,
    id,
    name: readText(check, value, 'name', 'name', MAX_CODE_NAME_LENGTH),
    description: readText(check, value, 'description', 'description', TEMPLATE_LIMITS.maxDescriptionLength, false),
    language: readText(check, value, 'language', 'language', 35),
    rolePresets: readNames(check, value.rolePresets, 'rolePresets'),
    codes: readCodes(check, value.codes, 'codes', 1, counter),
  };
  if (value.relationTypes !== undefined) template.relationTypes = readNames(check, value.relationTypes, 'relationTypes');
  if (Array.isArray(value.codes) && value.codes.length === 0) check.errors.push(t('codebook.template.error.noCodes', { file: fileName }));
  if (counter.codes > TEMPLATE_LIMITS.maxCodes) {
    check.errors.push(t('codebook.template.error.tooManyCodes', { file: fileName, max: TEMPLATE_LIMITS.maxCodes }));
  }
  return check.errors.length === 0 ? { ok: true, template } : { ok: false, errors: check.errors };
};

/** Reads a template file's bytes or text (UTF-8 JSON, optional BOM) and validates it. */
export const parseTemplateFile = (content: string | Uint8Array, fileName: string): TemplateValidation => {
  const size = typeof content === 'string' ? content.length : content.byteLength;
  if (size > TEMPLATE_LIMITS.maxFileBytes) {
    const kb = (bytes: number): number => Math.ceil(bytes / 1024);
    return { ok: false, errors: [t('codebook.template.error.tooLarge', { file: fileName, size: kb(size), limit: kb(TEMPLATE_LIMITS.maxFileBytes) })] };
  }
  let text: string;
  try {
    text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return { ok: false, errors: [t('codebook.template.error.notJson', { file: fileName, detail: 'not UTF-8 text' })] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [t('codebook.template.error.notJson', { file: fileName, detail: error instanceof Error ? error.message : String(error) })] };
  }
  return validateTemplate(parsed, fileName);
};

/** The JSON text of a template file, indented for people who edit templates by hand. */
export const serializeTemplate = (template: CodebookTemplate): string => `${JSON.stringify(template, null, 2)}\n`;
