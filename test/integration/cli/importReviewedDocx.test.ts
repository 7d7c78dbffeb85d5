// A reviewed Word transcript through `caseweave import --into` and the shared importer: the project keeps the
// accepted text (no deleted words, no comment text, no header or footer, no field codes) with the table as its own
// turn, and importFile hands the comments and the translated warnings to whoever stores the source.
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runImportInto } from '../../../cli/importIntoCommand.ts';
import { importFile } from '../../../shared/import/importFile.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { interviewWithTable, reviewedTranscript } from '../../support/docxFixtures.ts';
import { runCli } from '../../support/runCli.ts';
import { readSoundProjectFile, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();

describe('a reviewed Word transcript imported into a project', () => {
  it('stores the accepted text with the table as its own turn, and importFile returns the comments and warnings', async () => {
    expect((await runCli(['example', '-o', path('study.caseweave')])).code).toBe(0);
    await writeFile(path('harto-reviewed.docx'), await reviewedTranscript());
    await writeFile(path('harto-table.docx'), await interviewWithTable());
    const report = await runImportInto({ files: [path('harto-reviewed.docx'), path('harto-table.docx')], into: path('study.caseweave'), sourceKind: null });
    expect(report.errors).toEqual([]);

    const { snapshot } = await readSoundProjectFile(path('study.caseweave'));
    const texts = new Map(snapshotRows(snapshot, 'sourceTexts').map((row) => [row.sourceId, row.text]));
    const [reviewed, table] = report.sources.map((entry) => snapshotRows(snapshot, 'sources').find((source) => source.id === entry.id));
    const reviewedText = texts.get(reviewed?.id ?? '') ?? '';
    expect(reviewedText).toBe(
      'Harga drum naik tahun ini sekali.[1]\n\nKenapa begitu?\n\nKayu mahal, kata pemasok.[i]\n\n' +
        'Footnotes\n\n[1] Dihitung dari daftar hadir.\n\nEndnotes\n\n[i] Wawancara kedua di bengkel.',
    );
    for (const absent of ['mungkin', 'Harga naik karena kayu', 'Cek lagi', 'Titik', 'Transkrip rahasia', 'PAGE']) expect(reviewedText).not.toContain(absent);
    const tableText = texts.get(table?.id ?? '') ?? '';
    expect(table?.turns.map((turn) => [tableText.slice(turn.start, turn.end), turn.speaker])).toContainEqual(['Bulan | Drum\nJanuari | 12\nFebruari | 9', null]);

    const outcome = await importFile({ fileName: 'harto-reviewed.docx', bytes: new Uint8Array(await readFile(path('harto-reviewed.docx'))) });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.source.text).toBe(reviewedText);
    expect(outcome.source.comments?.map((comment) => [reviewedText.slice(comment.start, comment.end), comment.author, comment.text])).toEqual([
      ['drum naik', 'Dewi', 'Harga naik karena kayu.'],
      ['begitu?\n\nKayu', 'Budi', 'Cek lagi\ndengan Mas Eko.'],
      ['pemasok', 'Dewi', 'Titik'],
    ]);
    expect(outcome.source.warnings).toEqual([
      { code: 'trackedChangesApplied', message: t('import.warning.trackedChangesApplied', { file: 'harto-reviewed.docx' }) },
      { code: 'commentsAsMemos', message: t('import.warning.commentsAsMemos', { file: 'harto-reviewed.docx', count: 3 }) },
    ]);
  });
});
