// PDF layout on PDFs generated with pdf-lib and read by the Node pdf.js engine: two columns under a full-width
// title and standfirst, running header and footer, turns that cross a column and a page break, hyphenated line
// breaks, bold speaker labels, keepRunningLines, and a single-column page.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../../shared/import/importTypes.ts';
import { loadNodePdfEngine } from '../../../../cli/nodePdfEngine.ts';
import { joinAcrossBreak } from '../../../../shared/import/pdfLayout.ts';
import { findRunningLines } from '../../../../shared/import/pdfRunningLines.ts';
import { makeLayoutPdf, type FixturePage } from '../../../support/pdfFixtures.ts';
import { expectTurnsTileText } from '../../../support/turnInvariants.ts';

const pdf = await loadNodePdfEngine();

const importOk = async (fileName: string, bytes: Uint8Array, keepRunningLines = false): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes }, { pdf, keepRunningLines });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expectTurnsTileText(outcome.source.text, outcome.source.turns);
  return outcome.source;
};

const TITLE = 'Ekspor Kopi dari Aceh Tengah';
const STANDFIRST = 'Catatan lapangan dari tiga koperasi petani kopi di Takengon, Januari 2024, tentang harga, pembeli dan sertifikasi.';
const INTRO = 'Koperasi pertama menjual kopi arabika ke pembeli di Medan sejak 2012 dan kini mulai mengirim sendiri.';
const HARTO_1 = 'kami ekspor ke Jerman dan Belanda, tapi harga di tingkat petani masih';
const HARTO_1_END = 'rendah karena biaya angkut dari gunung.';
const SARI_1 = 'pembeli besar membeli dengan kontrak, anak-\nanak muda di desa jadi pengepul, dan kami mau jadi ekspor-\ntir sendiri lewat koperasi yang';
const SARI_1_END = 'baru dibentuk tahun lalu oleh empat puluh petani.';
const HARTO_2 = 'Betul, dan koperasi juga membantu sertifikasi organik untuk anggota.';
const SARI_2 = 'Sertifikasi itu mahal, tapi pembeli di Eropa memintanya setiap musim.';
const HARTO_3 = 'Tahun depan kami ingin menambah gudang di Bener Meriah.';

/** Two pages of two columns; Pak Harto's first turn crosses the column break, Bu Sari's the page break. */
const ARTICLE: FixturePage[] = [
  {
    title: TITLE,
    standfirst: STANDFIRST,
    columns: [
      [INTRO, { label: 'Pak Harto:', text: HARTO_1 }],
      [HARTO_1_END, { label: 'Bu Sari:', text: SARI_1 }],
    ],
  },
  {
    columns: [
      [SARI_1_END, { label: 'Pak Harto:', text: HARTO_2 }],
      [{ label: 'Bu Sari:', text: SARI_2 }, { label: 'Pak Harto:', text: HARTO_3 }],
    ],
  },
];
const RUNNING = { header: 'Laporan Lapangan Ekspor Kopi', footer: 'Halaman {page} dari {pages}' };

const words = {
  harto1: `${HARTO_1} ${HARTO_1_END}`,
  sari1: `pembeli besar membeli dengan kontrak, anak-anak muda di desa jadi pengepul, dan kami mau jadi eksportir sendiri lewat koperasi yang ${SARI_1_END}`,
};

const spoken = (source: ImportedSource): [string | null, string, number | null | undefined][] =>
  source.turns.map((turn) => [turn.speaker, source.text.slice(turn.start, turn.end), turn.page]);

describe('PDF layout', () => {
  it('reads a two-column article in reading order, rejoining turns across a column and a page break', async () => {
    const source = await importOk('artikel.pdf', await makeLayoutPdf(ARTICLE, RUNNING));
    expect(source.text).toBe(
      [TITLE, STANDFIRST, INTRO, words.harto1, words.sari1, HARTO_2, SARI_2, HARTO_3].join('\n\n'),
    );
    expect(source.speakers).toEqual(['Pak Harto', 'Bu Sari']);
    expect(spoken(source)).toEqual([
      [null, TITLE, 1],
      [null, STANDFIRST, 1],
      [null, INTRO, 1],
      ['Pak Harto', words.harto1, 1],
      ['Bu Sari', words.sari1, 1],
      ['Pak Harto', HARTO_2, 2],
      ['Bu Sari', SARI_2, 2],
      ['Pak Harto', HARTO_3, 2],
    ]);
  });

  it('keeps a right column of a single short line after the left column', async () => {
    const left = [INTRO, 'Koperasi kedua menjual lewat pengepul dan mencatat harga setiap minggu di buku kas desa.'];
    const source = await importOk('akhir.pdf', await makeLayoutPdf([{ columns: [left, ['Selesai.']] }]));
    expect(source.text).toBe([...left, 'Selesai.'].join('\n\n'));
  });

  it('leaves running headers, footers and page numbers out and reports them', async () => {
    const source = await importOk('artikel.pdf', await makeLayoutPdf(ARTICLE, RUNNING));
    expect(source.removedLines).toEqual(['Laporan Lapangan Ekspor Kopi', 'Halaman 1 dari 2', 'Halaman 2 dari 2']);
    expect(source.warnings).toEqual([{ code: 'runningLinesRemoved', message: 'artikel.pdf: removed 4 running header/footer lines.' }]);
    expect(source.text).not.toContain('Halaman');
  });

  it('keeps the running lines in the text when asked, and reports nothing', async () => {
    const source = await importOk('artikel.pdf', await makeLayoutPdf(ARTICLE, RUNNING), true);
    expect(source.removedLines).toEqual([]);
    expect(source.warnings).toEqual([]);
    const paragraphs = source.text.split('\n\n');
    expect(paragraphs.slice(0, 3)).toEqual(['Laporan Lapangan Ekspor Kopi', TITLE, STANDFIRST]);
    expect(paragraphs.filter((paragraph) => paragraph.startsWith('Halaman') || paragraph.startsWith('Laporan'))).toEqual([
      'Laporan Lapangan Ekspor Kopi',
      'Halaman 1 dari 2',
      'Laporan Lapangan Ekspor Kopi',
      'Halaman 2 dari 2',
    ]);
  });

  it('removes bare page numbers even on a one-page file', async () => {
    const source = await importOk('satu.pdf', await makeLayoutPdf([{ columns: [['Satu paragraf saja.', 'Paragraf kedua.']] }], { footer: '{page}' }));
    expect(source.text).toBe('Satu paragraf saja.\n\nParagraf kedua.');
    expect(source.removedLines).toEqual(['1']);
  });

  it('reads a single-column page top to bottom without finding columns in ragged lines', async () => {
    const paragraphs = [
      'Ringkasan wawancara',
      'Pewawancara bertanya tentang harga kopi di tingkat petani dan tentang pembeli yang datang ke desa setiap musim panen, dari Medan maupun dari luar negeri.',
      'Jawaban pendek.',
      'Petani menjawab bahwa harga naik turun mengikuti pasar dunia, tetapi biaya angkut dari kebun ke gudang tidak pernah turun.',
    ];
    const source = await importOk('satu-kolom.pdf', await makeLayoutPdf([{ columns: [paragraphs] }]));
    expect(source.text).toBe(paragraphs.join('\n\n'));
    expect(source.removedLines).toEqual([]);
  });

  it('takes speaker labels from the bold font, as DOCX does with bold runs', async () => {
    const page: FixturePage = {
      columns: [
        [
          { label: 'ibu ketua:', text: 'Selamat pagi, kita mulai.' },
          { label: 'Pak Harto:', text: 'Pagi, Bu.' },
          'ibu ketua: ini kalimat biasa tanpa huruf tebal.',
          { label: 'ibu ketua:', text: 'Terima kasih semua.' },
        ],
      ],
    };
    const source = await importOk('rapat.pdf', await makeLayoutPdf([page]));
    expect(source.speakers).toEqual(['ibu ketua', 'Pak Harto']);
    expect(spoken(source)).toEqual([
      ['ibu ketua', 'Selamat pagi, kita mulai.', 1],
      ['Pak Harto', 'Pagi, Bu.', 1],
      ['Pak Harto', 'ibu ketua: ini kalimat biasa tanpa huruf tebal.', 1],
      ['ibu ketua', 'Terima kasih semua.', 1],
    ]);
  });

  it('joins hyphenated line breaks but keeps reduplications', () => {
    expect(joinAcrossBreak('kami mau jadi ekspor-', 'tir sendiri')).toBe('kami mau jadi eksportir sendiri');
    expect(joinAcrossBreak('anak-', 'anak muda')).toBe('anak-anak muda');
    expect(joinAcrossBreak('setiap sehari-', 'hari')).toBe('setiap sehari-hari');
    expect(joinAcrossBreak('kawasan Asia-', 'Pasifik')).toBe('kawasan Asia-Pasifik');
    expect(joinAcrossBreak('harga masih', 'rendah')).toBe('harga masih rendah');
  });

  it('finds running lines only at the edges of most pages', () => {
    const pages = [
      ['Jurnal Kopi 2024', 'Judul', 'isi satu', '- 1 -'],
      ['Jurnal Kopi 2024', 'isi dua', 'Jurnal Kopi 2024 disebut di sini', 'isi tiga', '- 2 -'],
      ['Catatan 3', 'isi empat', 'isi lima'],
    ];
    const running = findRunningLines(pages);
    expect(running.lines).toEqual(['Jurnal Kopi 2024', '- 1 -', '- 2 -']);
    expect(running.count).toBe(4);
    expect(running.removed.map((indexes) => [...indexes])).toEqual([[0, 3], [0, 4], []]);
  });
});
