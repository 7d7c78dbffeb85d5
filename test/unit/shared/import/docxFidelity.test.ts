// Word (and OpenDocument) import fidelity (issue 12 point 3) through importFile on generated files: tables as blocks of their own,
// endnotes kept, tracked changes accepted, comments beside the text with their ranges, headers, footers and field
// codes left out.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../../shared/import/importTypes.ts';
import { setLocale, t } from '../../../../shared/i18n/translate.ts';
import {
  COMMENT_DATE,
  commentsPart,
  endComment,
  endnotesPart,
  interviewWithTable,
  movedAndFieldsDocx,
  rawDocx,
  reviewedTranscript,
  run,
  startComment,
} from '../../../support/docxFixtures.ts';
import { makeDocx } from '../../../support/makeDocx.ts';
import { makeOdt } from '../../../support/makeOdt.ts';
import { expectTurnsTileText, spokenBy } from '../../../support/turnInvariants.ts';

afterEach(() => setLocale('en'));

const importOk = async (fileName: string, bytes: Uint8Array): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expectTurnsTileText(outcome.source.text, outcome.source.turns);
  return outcome.source;
};

const turnTexts = (source: ImportedSource): [string, string | null][] => source.turns.map((turn) => [source.text.slice(turn.start, turn.end), turn.speaker]);

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('.docx tables', () => {
  it('make a block of their own with no speaker, ending the turn of the speaker before them', async () => {
    const source = await importOk('I03-harto.docx', await interviewWithTable());
    expect(source.text).toBe(
      'Berapa drum yang dijual?\n\nIni catatan saya.\n\nBulan | Drum\nJanuari | 12\nFebruari | 9\n\nCatatan: tabel dari buku kas.\n\nTerima kasih.\n\nSama-sama.',
    );
    expect(turnTexts(source)).toEqual([
      ['Berapa drum yang dijual?', 'Pewawancara'],
      ['Ini catatan saya.', 'Pak Harto'],
      ['Bulan | Drum\nJanuari | 12\nFebruari | 9', null],
      ['Catatan: tabel dari buku kas.', null],
      ['Terima kasih.', 'Pewawancara'],
      ['Sama-sama.', 'Pak Harto'],
    ]);
    expect(spokenBy(source.text, source.turns, 'Pak Harto')).toEqual(['Ini catatan saya.', 'Sama-sama.']);
    expect(source.comments).toEqual([]);
    expect(source.warnings).toEqual([]);
  });

  it('are never read as a speaker label, even when a cell starts like one', async () => {
    const bytes = makeDocx({
      body: [
        { runs: [{ text: 'Pak Harto:', bold: true }, { text: ' Ini daftar hadir.' }] },
        { table: [['Pak Harto:', 'hadir'], ['Bu Sari:', 'hadir'], ['', '']] },
        { runs: [{ text: 'Pak Harto:', bold: true }, { text: ' Itu saja.' }] },
      ],
    });
    const source = await importOk('hadir.docx', bytes);
    expect(turnTexts(source)).toEqual([
      ['Ini daftar hadir.', 'Pak Harto'],
      ['Pak Harto: | hadir\nBu Sari: | hadir', null],
      ['Itu saja.', 'Pak Harto'],
    ]);
    expect(source.speakers).toEqual(['Pak Harto']);
  });
});

describe('.docx reviewed by others', () => {
  it('keeps insertions, drops deletions, keeps footnotes and endnotes, and leaves headers and footers out', async () => {
    const source = await importOk('I04-harto-reviewed.docx', await reviewedTranscript());
    expect(source.text).toBe(
      'Harga drum naik tahun ini sekali.[1]\n\nKenapa begitu?\n\nKayu mahal, kata pemasok.[i]\n\n' +
        'Footnotes\n\n[1] Dihitung dari daftar hadir.\n\nEndnotes\n\n[i] Wawancara kedua di bengkel.',
    );
    expect(source.text).not.toContain('mungkin');
    for (const running of ['Transkrip rahasia', 'Halaman', 'halaman', 'PAGE', 'NUMPAGES']) expect(source.text).not.toContain(running);
    expect(turnTexts(source).slice(0, 3)).toEqual([
      ['Harga drum naik tahun ini sekali.[1]', 'Pak Harto'],
      ['Kenapa begitu?', 'Pewawancara'],
      ['Kayu mahal, kata pemasok.[i]', 'Pak Harto'],
    ]);
  });

  it('returns the comments beside the text with their ranges, authors and dates, and says so in the warnings', async () => {
    const fileName = 'I04-harto-reviewed.docx';
    const source = await importOk(fileName, await reviewedTranscript());
    const comments = source.comments ?? [];
    expect(comments.map((comment) => ({ ...comment, covers: source.text.slice(comment.start, comment.end) }))).toEqual([
      { start: 6, end: 15, covers: 'drum naik', author: 'Dewi', date: COMMENT_DATE, text: 'Harga naik karena kayu.' },
      { start: 45, end: 58, covers: 'begitu?\n\nKayu', author: 'Budi', date: '2024-03-14T08:00:00.000Z', text: 'Cek lagi\ndengan Mas Eko.' },
      // A point comment (a reference without a range) covers the word it follows.
      { start: 71, end: 78, covers: 'pemasok', author: 'Dewi', date: COMMENT_DATE, text: 'Titik' },
    ]);
    for (const comment of comments) expect(source.text).not.toContain(comment.text.split('\n')[0]);
    expect(source.warnings).toEqual([
      { code: 'trackedChangesApplied', message: t('import.warning.trackedChangesApplied', { file: fileName }) },
      { code: 'commentsAsMemos', message: t('import.warning.commentsAsMemos', { file: fileName, count: 3 }) },
    ]);
    expect(source.warnings?.[1].message).toBe(`${fileName}: 3 Word comments become memos on the source.`);
  });

  it('includes moved text once, where it was moved to, joins a paragraph whose mark was deleted, and keeps field results without field codes', async () => {
    const source = await importOk('pasar.docx', movedAndFieldsDocx());
    expect(source.text).toBe('Kami mulai jam enam.\n\nLalu kami pulang.\n\nLihat situs pasar di halaman 3.\n\nPasar ramai sekali. Kotak teks');
    expect(occurrences(source.text, 'Pasar ramai sekali.')).toBe(1);
    expect(occurrences(source.text, 'Kotak teks')).toBe(1);
    for (const code of ['HYPERLINK', 'example.org', 'PAGE', 'Paragraf ini dihapus']) expect(source.text).not.toContain(code);
    expect(turnTexts(source)).toEqual([
      ['Kami mulai jam enam.', 'Bu Sari'],
      ['Lalu kami pulang.', 'Bu Sari'],
      ['Lihat situs pasar di halaman 3.', 'Pewawancara'],
      ['Pasar ramai sekali. Kotak teks', 'Bu Sari'],
    ]);
    expect(source.warnings?.map((warning) => warning.code)).toEqual(['trackedChangesApplied']);
    expect(source.comments).toEqual([]);
  });
});

describe('.docx endnotes', () => {
  const bytes = rawDocx(
    `<w:p>${run('Catatan lapangan di bengkel')}<w:r><w:endnoteReference w:id="1"/></w:r>${run(' dan pasar')}<w:r><w:endnoteReference w:id="2"/></w:r>${run('.')}</w:p>`,
    { 'word/endnotes.xml': endnotesPart({ 1: 'Bengkel di Blitar.', 2: 'Pasar Legi.' }) },
  );

  it('are kept at the end under their heading, with Roman markers in the text', async () => {
    const source = await importOk('catatan.docx', bytes);
    expect(source.text).toBe('Catatan lapangan di bengkel[i] dan pasar[ii].\n\nEndnotes\n\n[i] Bengkel di Blitar.\n\n[ii] Pasar Legi.');
    expect(source.warnings).toEqual([]);
  });

  it('take the heading in the language of the app', async () => {
    setLocale('id');
    const source = await importOk('catatan.docx', bytes);
    expect(source.text).toContain('\n\nCatatan Akhir\n\n[i] Bengkel di Blitar.');
    const reviewed = await importOk('I04-harto-reviewed.docx', await reviewedTranscript());
    expect(reviewed.text).toContain('\n\nCatatan Kaki\n\n[1] Dihitung dari daftar hadir.\n\nCatatan Akhir\n\n[i] Wawancara kedua di bengkel.');
  });
});

describe('.docx comment ranges', () => {
  const deleted = (text: string): string => `<w:del w:id="90" w:author="Dewi" w:date="2024-03-13T10:20:00Z"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
  const bytes = rawDocx(
    `<w:p>${startComment(4)}${run('Pak Harto:', true)}${endComment(4)}${run(' Kami ke pasar.')}</w:p>` +
      `${startComment(5)}<w:p>${run('Bu Sari:', true)}${run(' Saya juga.')}</w:p><w:commentRangeEnd w:id="5"/>` +
      `<w:tbl><w:tr><w:tc><w:p>${run('Bulan')}</w:p></w:tc><w:tc><w:p>${run('Drum ')}${startComment(6)}${run('dua belas')}${endComment(6)}</w:p></w:tc></w:tr></w:tbl>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="91" w:author="Dewi" w:date="2024-03-13T10:20:00Z"/></w:rPr></w:pPr>${startComment(7)}${deleted('Dihapus semua')}${endComment(7)}</w:p>` +
      `<w:p>${run('Pak Harto:', true)}${run(' Sudah selesai.')}<w:r><w:commentReference w:id="5"/></w:r></w:p>`,
    {
      'word/comments.xml': commentsPart([
        { id: 4, text: 'Label saja', author: 'Dewi', date: '2024-03-13T10:20:00Z' },
        { id: 5, text: 'Seluruh paragraf' },
        { id: 6, text: 'Di tabel', author: 'Budi', date: '2024-03-15T09:00:00' },
        { id: 7, text: 'Pada teks yang dihapus', author: 'Dewi', date: 'bukan tanggal' },
        { id: 8, text: 'Tanpa tempat', author: 'Dewi' },
      ]),
    },
  );

  it('follow labels, whole paragraphs, table cells and deleted text to the nearest kept words', async () => {
    const source = await importOk('rentang.docx', bytes);
    expect(source.text).toBe('Kami ke pasar.\n\nSaya juga.\n\nBulan | Drum dua belas\n\nSudah selesai.');
    expect(turnTexts(source).map(([, speaker]) => speaker)).toEqual(['Pak Harto', 'Bu Sari', null, 'Pak Harto']);
    const placed = (source.comments ?? []).map((comment) => [source.text.slice(comment.start, comment.end), comment.text, comment.author, comment.date]);
    expect(placed).toEqual([
      // No anchor in the text at all: the empty range at the start.
      ['', 'Tanpa tempat', 'Dewi', null],
      // Only on the speaker label, which is not text: the first word the speaker says.
      ['Kami', 'Label saja', 'Dewi', '2024-03-13T10:20:00.000Z'],
      ['Saya juga.', 'Seluruh paragraf', null, null],
      ['dua belas', 'Di tabel', 'Budi', '2024-03-15T09:00:00.000Z'],
      // On text that was deleted: the first word after it.
      ['Sudah', 'Pada teks yang dihapus', 'Dewi', null],
    ]);
    expect(source.comments?.[0]).toMatchObject({ start: 0, end: 0 });
    expect(source.warnings?.map((warning) => warning.code)).toEqual(['trackedChangesApplied', 'commentsAsMemos']);
  });

  it('leave the text exactly as it is without them', async () => {
    const withComments = await importOk('rentang.docx', bytes);
    const plain = rawDocx(
      `<w:p>${run('Pak Harto:', true)}${run(' Kami ke pasar.')}</w:p><w:p>${run('Bu Sari:', true)}${run(' Saya juga.')}</w:p>` +
        `<w:tbl><w:tr><w:tc><w:p>${run('Bulan')}</w:p></w:tc><w:tc><w:p>${run('Drum dua belas')}</w:p></w:tc></w:tr></w:tbl>` +
        `<w:p>${run('Pak Harto:', true)}${run(' Sudah selesai.')}</w:p>`,
    );
    const without = await importOk('rentang.docx', plain);
    expect(withComments.text).toBe(without.text);
    expect(withComments.turns).toEqual(without.turns);
  });
});

describe('.odt reviewed by others', () => {
  const annotation = (name: string | null, author: string, date: string, text: string): string =>
    `<office:annotation${name === null ? '' : ` office:name="${name}"`}><dc:creator>${author}</dc:creator><dc:date>${date}</dc:date><text:p>${text}</text:p></office:annotation>`;
  const bytes = makeOdt([
    {
      raw:
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Dewi</dc:creator>' +
        '<dc:date>2024-03-13T10:20:00</dc:date></office:change-info><text:p>mungkin</text:p></text:deletion></text:changed-region></text:tracked-changes>',
    },
    { raw: `<text:p>Pak Harto: Harga ${annotation('c1', 'Dewi', '2024-03-13T10:20:00', 'Harga naik karena kayu.')}drum naik<office:annotation-end office:name="c1"/> tahun ini<text:change text:change-id="ct1"/>.</text:p>` },
    { raw: '<text:p>Pewawancara: Kenapa?</text:p>' },
    { table: [['Pak Harto: bulan', 'drum'], ['Januari', '12']] },
    { raw: `<text:p>Pak Harto: Kayu mahal, kata pemasok${annotation(null, 'Budi', '2024-03-14T08:00:00Z', 'Titik')}.</text:p>` },
  ]);

  it('leaves deletions and comments out of the text, returns the comments with their ranges, and makes tables blocks', async () => {
    const fileName = 'harto.odt';
    const source = await importOk(fileName, bytes);
    expect(source.text).toBe('Harga drum naik tahun ini.\n\nKenapa?\n\nPak Harto: bulan | drum\nJanuari | 12\n\nKayu mahal, kata pemasok.');
    expect(turnTexts(source).map(([, speaker]) => speaker)).toEqual(['Pak Harto', 'Pewawancara', null, 'Pak Harto']);
    expect((source.comments ?? []).map((comment) => [source.text.slice(comment.start, comment.end), comment.author, comment.date, comment.text])).toEqual([
      ['drum naik', 'Dewi', '2024-03-13T10:20:00.000Z', 'Harga naik karena kayu.'],
      ['pemasok', 'Budi', '2024-03-14T08:00:00.000Z', 'Titik'],
    ]);
    expect(source.warnings).toEqual([
      { code: 'trackedChangesApplied', message: t('import.warning.trackedChangesApplied', { file: fileName }) },
      { code: 'commentsAsMemos', message: t('import.warning.commentsAsMemos', { file: fileName, count: 2 }) },
    ]);
  });
});

describe('.docx fields', () => {
  it('keep simple-field results, and a field left open in a damaged file hides nothing after its paragraph', async () => {
    const bytes = rawDocx(
      `<w:p>${run('Halaman ')}<w:fldSimple w:instr=" PAGE ">${run('4')}</w:fldSimple>${run(' dari buku.')}</w:p>` +
        `<w:p>${run('Awal ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD nama </w:instrText></w:r></w:p>` +
        `<w:p>${run('Teks sesudahnya tetap ada.')}</w:p>`,
    );
    const source = await importOk('rusak.docx', bytes);
    expect(source.text).toBe('Halaman 4 dari buku.\n\nAwal\n\nTeks sesudahnya tetap ada.');
    expect(source.warnings).toEqual([]);
  });
});

describe('.docx comment ranges, any shape', () => {
  const word = fc.constantFrom('harga', 'drum', 'naik', 'kayu', 'mahal', 'pasar', 'ramai', 'Blitar', 'jimbe', 'ekspor');
  const paragraph = fc.record({
    label: fc.constantFrom(null, 'Pak Harto:', 'Pewawancara:'),
    words: fc.array(word, { minLength: 1, maxLength: 6 }),
    inTable: fc.boolean(),
    range: fc.tuple(fc.nat(5), fc.nat(5)),
  });

  it('cover exactly the commented words and never change the text or the turns', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 6 }), async (paragraphs) => {
        const commented: string[] = [];
        const build = (withComments: boolean): string =>
          paragraphs
            .map(({ label, words, inTable, range }, index) => {
              const from = Math.min(range[0], words.length - 1);
              const to = Math.min(from + 1 + range[1], words.length);
              if (withComments) commented[index] = words.slice(from, to).join(' ');
              const runs = words.map((item, at) => {
                const text = run(at === 0 ? item : ` ${item}`);
                // The leading space of a word stays outside the range, as Word places a selection of whole words.
                const spaced = at === from && at > 0 ? `${run(' ')}${startComment(index)}${run(item)}` : `${at === from ? startComment(index) : ''}${text}`;
                return `${withComments ? spaced : text}${withComments && at === to - 1 ? endComment(index) : ''}`;
              });
              const body = `<w:p>${label === null ? '' : run(`${label}`, true)}${label === null ? '' : run(' ')}${runs.join('')}</w:p>`;
              return inTable ? `<w:tbl><w:tr><w:tc>${body}</w:tc><w:tc><w:p>${run('sel')}</w:p></w:tc></w:tr></w:tbl>` : body;
            })
            .join('');
        const comments = commentsPart(paragraphs.map((_, index) => ({ id: index, text: `memo ${index}`, author: 'Dewi' })));
        const withComments = await importOk('acak.docx', rawDocx(build(true), { 'word/comments.xml': comments }));
        const without = await importOk('acak.docx', rawDocx(build(false)));
        expect(withComments.text).toBe(without.text);
        expect(withComments.turns).toEqual(without.turns);
        const byMemo = new Map((withComments.comments ?? []).map((comment) => [comment.text, withComments.text.slice(comment.start, comment.end)]));
        expect(paragraphs.map((_, index) => byMemo.get(`memo ${index}`))).toEqual(commented);
      }),
      { numRuns: 40 },
    );
  });
});
