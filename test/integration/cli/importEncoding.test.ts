// `caseweave import --json` (and `--into … --json`) reports each file's encoding ({name, how}) and its warnings
// (code and message): a Windows-1252 transcript read as assumed, a UTF-16 file by its BOM, NUL bytes removed.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/runCli.ts';
import { useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();

const cp1252 = (text: string): Buffer => {
  const extra: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Buffer.from([...text].map((char) => extra[char] ?? char.charCodeAt(0)));
};

describe('caseweave import --json: encoding and warnings', () => {
  it('names the encoding and how it was decided, with the warnings', async () => {
    await writeFile(path('warung.txt'), cp1252('Interviewer: Berapa harganya?\n\nBu Sari: 5 € – “murah”.\n\nInterviewer: Oke.\n\nBu Sari: Ya.'));
    await writeFile(path('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Catatan pagi: pasar ramai.', 'utf16le')]));
    await writeFile(path('nul.txt'), Buffer.from('Catatan\u0000 lapangan.', 'utf8'));
    const run = await runCli(['import', path('warung.txt'), path('utf16.txt'), path('nul.txt'), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { sources: { file: string; text: string; encoding: unknown; warnings: { code: string; message: string }[] }[] };
    const [warung, utf16, nul] = report.sources;
    expect(warung.encoding).toEqual({ name: 'windows-1252', how: 'assumed' });
    expect(warung.text).toContain('5 € – “murah”.');
    expect(warung.warnings).toEqual([{ code: 'encodingAssumed', message: `${path('warung.txt')}: Windows-1252 (Western European), assumed: the file is not valid UTF-8.` }]);
    expect(utf16).toMatchObject({ encoding: { name: 'utf-16le', how: 'bom' }, warnings: [], text: 'Catatan pagi: pasar ramai.' });
    expect(nul.encoding).toEqual({ name: 'utf-8', how: 'valid' });
    expect(nul.text).toBe('Catatan lapangan.');
    expect(nul.warnings.map((warning) => warning.code)).toEqual(['nulBytesRemoved']);
    expect(nul.warnings[0].message).toContain('1 NUL byte was removed');
  });

  it('prints the warnings in the human report too, and in the --into JSON', async () => {
    const human = await runCli(['import', path('warung.txt')]);
    expect(human.stdout).toContain('Windows-1252 (Western European), assumed');
    const project = path('study.caseweave');
    expect((await runCli(['new', 'Warung', '-o', project])).code).toBe(0);
    const into = await runCli(['import', path('warung.txt'), '--into', project, '--json']);
    expect(into.code).toBe(0);
    const report = JSON.parse(into.stdout) as { sources: { encoding: unknown; warnings: { code: string }[] }[] };
    expect(report.sources[0].encoding).toEqual({ name: 'windows-1252', how: 'assumed' });
    expect(report.sources[0].warnings.map((warning) => warning.code)).toEqual(['encodingAssumed']);
  });
});
