// The CLI and grapheme clusters: `caseweave import` keeps a text written in NFD as it is in the project file, and
// `caseweave check` lists a coding whose offsets split a cluster as a repair that widens it to the whole cluster.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/runCli.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import type { CheckReport } from '../../../cli/checkCommand.ts';
import { readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';
import { formatNumber } from '../../../shared/i18n/translate.ts';

const { path } = useTempFolder();

const NOTES = 'Bu Lastri minum cafe\u0301 bersama keluarga 👩\u200d👩\u200d👧 di Sentul.\n\nBendera 🇮🇩 dipasang.';

describe('caseweave and grapheme clusters', () => {
  it('imports a text in NFD with its code points unchanged', async () => {
    const project = path('nfd.caseweave');
    expect((await runCli(['new', 'Kluster', '-o', project])).code).toBe(0);
    await writeFile(path('catatan.txt'), NOTES, 'utf8');
    const run = await runCli(['import', path('catatan.txt'), '--into', project]);
    expect(run.code).toBe(0);
    const { snapshot } = await readSoundProjectFile(project);
    const [row] = snapshotRows(snapshot, 'sourceTexts');
    expect(row.text).toBe(NOTES);
    expect(row.text).not.toBe(row.text.normalize('NFC'));
  });

  it('check lists a coding that ends inside a cluster as a repair that widens it', async () => {
    const file = path('split.caseweave');
    expect((await runCli(['example', '-o', file])).code).toBe(0);
    const { snapshot } = await readSoundProjectFile(file);
    const [coding] = snapshotRows(snapshot, 'codings');
    const texts = snapshotRows(snapshot, 'sourceTexts');
    // A combining accent typed by another tool right after the coding's last character, and the offsets left as they were.
    const sourceTexts = texts.map((row) => (row.sourceId === coding.sourceId ? { ...row, text: `${row.text.slice(0, coding.end)}\u0301${row.text.slice(coding.end)}` } : row));
    await saveSnapshot(file, { ...snapshot, tables: { ...snapshot.tables, sourceTexts } });
    const run = await runCli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Coding ${coding.id} on "`);
    expect(run.stderr).toContain(`(${formatNumber(coding.start, 'en')}–${formatNumber(coding.end, 'en')}) begins or ends inside a character`);
    const report = JSON.parse((await runCli(['check', file, '--json'])).stdout) as CheckReport;
    expect(report.repairs.map((repair) => repair.action)).toContain('widenCoding');
    expect(new Set(report.repairs.map((repair) => repair.action))).toEqual(new Set(['widenCoding']));
  });
});
