// The Indonesian catalog against the English one, area by area (one file per area in shared/i18n/en and id/):
// every English key has an Indonesian text in the merged catalog (reportVocabulary.ts may hold another area's keys),
// and every Indonesian text keeps its English text's {placeholders} and plural arguments, with an `other` variant in
// each plural block (Indonesian has no other plural category).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../../../shared/i18n/en/index.ts';
import { indonesianMessages } from '../../../../shared/i18n/id/index.ts';

const EN_FOLDER = fileURLToPath(new URL('../../../../shared/i18n/en/', import.meta.url));

/** Areas whose Indonesian this branch completed; each must stay complete. */
const COMPLETED_AREAS = [
  'electron', 'cli', 'memberChecksScreen', 'memberChecksData', 'memberCheckTally', 'audit', 'projectFiles', 'projectFile',
  'data', 'backups', 'originals', 'language', 'rendererErrors',
];

const areaNames = readdirSync(EN_FOLDER)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

/** An area file exports one message object; its keys are the area's. */
const messagesOf = (module: Record<string, unknown>): Record<string, string> => {
  const [messages] = Object.values(module);
  if (typeof messages !== 'object' || messages === null) throw new Error('an area file must export its messages');
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, String(text)]));
};

const englishAreas = new Map<string, Record<string, string>>();
for (const area of areaNames) englishAreas.set(area, messagesOf(await import(`../../../../shared/i18n/en/${area}.ts`)));

const translated: Record<string, string | undefined> = indonesianMessages;

/** A plural block as translate.ts reads it: its variants' texts hold no placeholders. */
const PLURAL_BLOCK = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;

/** The names a message interpolates: `{name}` placeholders and `{name, plural, …}` arguments. */
const argumentNames = (text: string): string[] => {
  const names = new Set<string>();
  for (const [, name] of text.matchAll(/\{(\w+), plural,/g)) names.add(name);
  // A variant's text ("one {it}") is not a placeholder, so the plural blocks are taken out first.
  for (const [, name] of text.replace(PLURAL_BLOCK, '').matchAll(/\{(\w+)\}/g)) names.add(name);
  return [...names].sort();
};

/** Each plural block's variant selectors, e.g. [['one', 'other'], ['=0', 'other']]. */
const pluralSelectors = (text: string): string[][] => {
  const blocks: string[][] = [];
  for (const match of text.matchAll(PLURAL_BLOCK)) {
    blocks.push([...match[2].matchAll(/(=\d+|zero|one|two|few|many|other)\s*\{/g)].map(([, selector]) => selector));
  }
  return blocks;
};

const countPluralOpenings = (text: string): number => [...text.matchAll(/\{\w+, plural,/g)].length;

/** What is wrong with one Indonesian text against its English one (empty: nothing). */
const problemsOf = (key: string, english: string, indonesian: string): string[] => {
  const problems: string[] = [];
  if (indonesian.trim() === '') problems.push(`${key}: empty`);
  const want = argumentNames(english);
  const got = argumentNames(indonesian);
  const dropped = want.filter((name) => !got.includes(name));
  const added = got.filter((name) => !want.includes(name));
  if (dropped.length > 0 || added.length > 0) problems.push(`${key}: arguments {${want.join(', ')}} became {${got.join(', ')}}`);
  const blocks = pluralSelectors(indonesian);
  if (blocks.length !== countPluralOpenings(indonesian)) problems.push(`${key}: a plural block cannot be read`);
  if (blocks.some((selectors) => !selectors.includes('other'))) problems.push(`${key}: a plural block has no "other" variant`);
  return problems;
};

const missingByArea = (): Map<string, string[]> => {
  const missing = new Map<string, string[]>();
  for (const [area, messages] of englishAreas) {
    const keys = Object.keys(messages).filter((key) => translated[key] === undefined);
    if (keys.length > 0) missing.set(area, keys);
  }
  return missing;
};

describe('the Indonesian catalog', () => {
  it('reads every English area file', () => {
    expect(areaNames.length).toBeGreaterThan(30);
    const keys = [...englishAreas.values()].flatMap((messages) => Object.keys(messages));
    expect(new Set(keys)).toEqual(new Set(Object.keys(englishMessages)));
  });

  it('has an Indonesian text for every English key', () => {
    const missing = missingByArea();
    const total = [...missing.values()].reduce((sum, keys) => sum + keys.length, 0);
    const report = [...missing].map(([area, keys]) => `  ${area} (${keys.length}): ${keys.join(', ')}`).join('\n');
    expect(total, `${total} English keys have no Indonesian text:\n${report}`).toBe(0);
  });

  it.each(areaNames)('area %s: every Indonesian text keeps its placeholders and plural arguments, each plural with "other"', (area) => {
    const english = englishAreas.get(area) ?? {};
    const problems = Object.entries(english).flatMap(([key, text]) => {
      const indonesian = translated[key];
      return indonesian === undefined ? [] : problemsOf(key, text, indonesian);
    });
    expect(problems).toEqual([]);
  });

  it.each(COMPLETED_AREAS)('area %s is translated completely', (area) => {
    const english = englishAreas.get(area);
    expect(english, `no English area file ${area}.ts`).toBeDefined();
    expect(Object.keys(english ?? {}).filter((key) => translated[key] === undefined)).toEqual([]);
  });
});

describe('the catalog checks', () => {
  it('find a dropped, renamed or added placeholder and a plural without "other"', () => {
    const english = 'Saved {count, plural, one {# event} other {# events}} to {path}.';
    expect(problemsOf('k', english, '{count, plural, other {# peristiwa}} disimpan ke {path}.')).toEqual([]);
    expect(problemsOf('k', english, '{count, plural, other {# peristiwa}} disimpan.')).toHaveLength(1);
    expect(problemsOf('k', english, '{jumlah, plural, other {# peristiwa}} disimpan ke {path}.')).toHaveLength(1);
    expect(problemsOf('k', english, '{count, plural, other {# peristiwa}} disimpan ke {path} {extra}.')).toHaveLength(1);
    expect(problemsOf('k', english, '{count, plural, one {# peristiwa}} disimpan ke {path}.')).toEqual(['k: a plural block has no "other" variant']);
    expect(problemsOf('k', english, '')).toContain('k: empty');
  });
});
