// The CLI's language: --lang wins, then LC_ALL, LC_MESSAGES and LANG as POSIX orders them, else English; and the
// built CLI really answers in Indonesian under LANG=id_ID.UTF-8 or with --lang id.
import { describe, expect, it } from 'vitest';
import { chooseCliLocale } from '../../../cli/cliLocale.ts';
import { runCli } from '../../support/runCli.ts';

describe('chooseCliLocale', () => {
  it('takes --lang, as a separate or an inline value, over the environment', () => {
    expect(chooseCliLocale(['report', 'x.caseweave', '--lang', 'id'], { LANG: 'en_US.UTF-8' })).toBe('id');
    expect(chooseCliLocale(['report', '--lang=en'], { LANG: 'id_ID.UTF-8' })).toBe('en');
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG; the first one set decides', () => {
    expect(chooseCliLocale(['info'], { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(chooseCliLocale(['info'], { LANG: 'id_ID.UTF-8', LC_MESSAGES: 'C' })).toBe('en');
    expect(chooseCliLocale(['info'], { LANG: 'en_GB.UTF-8', LC_ALL: 'id_ID' })).toBe('id');
    expect(chooseCliLocale(['info'], { LANG: 'id_ID.UTF-8', LC_ALL: '' })).toBe('id');
  });

  it('falls back to English for another or no language, and ignores a --lang after "--" or an unknown one', () => {
    expect(chooseCliLocale(['info'], {})).toBe('en');
    expect(chooseCliLocale(['info'], { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(chooseCliLocale(['import', '--', '--lang', 'id'], {})).toBe('en');
    expect(chooseCliLocale(['report', '--lang', 'fr'], { LANG: 'id_ID.UTF-8' })).toBe('id');
  });
});

describe('the built CLI in Indonesian', () => {
  const english = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

  it('writes its usage problems in Indonesian under LANG=id_ID.UTF-8', async () => {
    const run = await runCli(['info'], undefined, { ...english, LANG: 'id_ID.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cara pakai: caseweave info');
    expect(run.stderr).toContain('Jalankan "caseweave --help"');
    const inEnglish = await runCli(['info'], undefined, english);
    expect(inEnglish.stderr).toContain('Run "caseweave --help"');
  });

  it('prints its help in Indonesian with --lang id', async () => {
    const run = await runCli(['--help', '--lang', 'id'], undefined, english);
    expect(run.stdout).toContain('Perintah:');
    expect(run.stdout).toContain('Opsi:');
    expect(run.stdout).not.toContain('Commands:');
  });
});
