// The excerpts screen's export with its Pseudonymise option: given the project's replacer, the file it writes holds
// the pseudonyms and no real name; without it, the text is as coded. The option is remembered for the session.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pseudonymReplacer } from '../../../../shared/export/index.ts';
import { pseudonymiseRemembered, rememberPseudonymise, writeExcerptExport } from '../../../../renderer/screens/excerpts/excerptExports.ts';
import { codedExcerpt, harjo } from '../../shared/export/codedExcerptFixture.ts';

const excerpts = [codedExcerpt('Learning', 'Pak Harjo Wiyono learnt it in Sentul.', [harjo], { sourceTitle: 'Sentul workshop' })];
const replace = pseudonymReplacer(
  { settings: { reportLanguage: 'en', rolePresets: [], pseudonyms: [{ realName: 'Sentul', pseudonym: 'the village' }] } },
  [{ pseudonym: 'Harjo', realName: 'Harjo Wiyono' }],
);

describe('the excerpts screen\'s exports', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(['csv', 'md'] as const)('writes %s pseudonymised when given the replacer, as coded when not', async (format) => {
    const hidden = strFromU8(await writeExcerptExport(format, excerpts, replace));
    expect(hidden).toContain('Pak Harjo learnt it in the village.');
    expect(hidden).not.toMatch(/Wiyono|Sentul/);
    expect(strFromU8(await writeExcerptExport(format, excerpts))).toContain('Pak Harjo Wiyono learnt it in Sentul.');
  });

  it('adds a sheet per code to the workbook only when asked', async () => {
    const two = [...excerpts, codedExcerpt('Networks', 'Orders came through a trader.', [harjo])];
    const sheets = (bytes: Uint8Array): string[] => Object.keys(unzipSync(bytes)).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets(await writeExcerptExport('xlsx', two))).toHaveLength(1);
    expect(sheets(await writeExcerptExport('xlsx', two, undefined, true))).toHaveLength(3);
  });

  it('remembers the option for the session', () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('sessionStorage', { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => stored.set(key, value) });
    expect(pseudonymiseRemembered()).toBe(false);
    rememberPseudonymise(true);
    expect(pseudonymiseRemembered()).toBe(true);
    rememberPseudonymise(false);
    expect(pseudonymiseRemembered()).toBe(false);
  });
});
