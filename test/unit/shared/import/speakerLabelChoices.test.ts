// Speaker labels: header lines that are not speakers, `Name (00:01:02):` labels, and the review's corrections
// (ImportOptions.speakerLabels: un-mark a false label, mark a missed one) through importFile for txt, md and docx.
import { describe, expect, it } from 'vitest';
import { importFile, type ImportOptions } from '../../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../../shared/import/importTypes.ts';
import { makeDocx } from '../../../support/makeDocx.ts';
import { expectTurnsTileText, spokenBy } from '../../../support/turnInvariants.ts';

const imported = async (fileName: string, content: string | Uint8Array, options?: ImportOptions): Promise<ImportedSource> => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const outcome = await importFile({ fileName, bytes }, options);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expectTurnsTileText(outcome.source.text, outcome.source.turns);
  return outcome.source;
};

const TRANSCRIPT = [
  'Participants: Bu Sari, Pak Budi',
  'Note: recorded at the market',
  'Interviewer: When did you open the stall?',
  'Bu Sari: In 2019.',
  'Note: noise from the street',
  'Interviewer: And now?',
  'Bu Sari: Busy every day.',
  'Catatan: rekaman terputus',
  'Peserta: dua orang',
].join('\n\n');

describe('speaker labels', () => {
  it('does not take Participants, Note, Catatan or Peserta lines for speakers, even when they recur', async () => {
    const source = await imported('market.txt', TRANSCRIPT);
    expect(source.speakers).toEqual(['Interviewer', 'Bu Sari']);
    expect(source.text).toContain('Participants: Bu Sari, Pak Budi');
    expect(spokenBy(source.text, source.turns, null)).toContain('Note: noise from the street');
  });

  it('reads `Name (00:01:02):` as a label with its timestamp', async () => {
    const source = await imported('timed.txt', 'Pewawancara (00:00:05): Selamat pagi.\n\nIbu Ani (00:01:02): Pagi.\n\nPewawancara (00:01:30): Sudah lama?');
    expect(source.speakers).toEqual(['Pewawancara', 'Ibu Ani']);
    expect(source.turns.map((turn) => [turn.speaker, turn.timestamp])).toEqual([
      ['Pewawancara', '00:00:05'], ['Ibu Ani', '00:01:02'], ['Pewawancara', '00:01:30'],
    ]);
    expect(spokenBy(source.text, source.turns, 'Ibu Ani')).toEqual(['Pagi.']);
  });

  it('un-marks a detected label: its lines stay plain text with the label in them', async () => {
    const before = await imported('market.txt', TRANSCRIPT);
    expect(before.speakers).toContain('Bu Sari');
    const source = await imported('market.txt', TRANSCRIPT, { speakerLabels: { unmark: ['Bu Sari'], mark: [] } });
    expect(source.speakers).toEqual(['Interviewer']);
    expect(source.text).toContain('Bu Sari: In 2019.');
    // The un-marked lines are nobody's speech: not a turn of "Bu Sari", nor a continuation of the interviewer.
    expect(spokenBy(source.text, source.turns, null)).toEqual(expect.arrayContaining(['Bu Sari: In 2019.', 'Bu Sari: Busy every day.']));
    expect(spokenBy(source.text, source.turns, 'Interviewer')).toEqual(['When did you open the stall?', 'And now?']);
  });

  it('marks lowercase labels the detector missed, in any case, with a timestamp after the name', async () => {
    const text = 'pewawancara: sudah berapa lama?\n\nnarasumber: lima tahun.\n\npewawancara (00:02:10): dan sekarang?\n\nnarasumber: ramai.';
    const plain = await imported('lower.txt', text);
    expect(plain.speakers).toEqual([]);
    const source = await imported('lower.txt', text, { speakerLabels: { unmark: [], mark: ['pewawancara', 'narasumber'] } });
    expect(source.speakers).toEqual(['pewawancara', 'narasumber']);
    expect(spokenBy(source.text, source.turns, 'narasumber')).toEqual(['lima tahun.', 'ramai.']);
    expect(source.turns[2]).toMatchObject({ speaker: 'pewawancara', timestamp: '00:02:10' });
    expect(source.text.startsWith('sudah berapa lama?')).toBe(true);
  });

  it('marks a label in Markdown and keeps an un-marked bold label as text', async () => {
    const md = '# Wawancara\n\n**Moderator:** Mari mulai.\n\n**Catatan penting:** jangan dikutip.\n\n**Moderator:** Siapa dulu?\n\nibu rt: Saya.';
    const source = await imported('fgd.md', md, { speakerLabels: { unmark: ['Moderator'], mark: ['ibu rt'] } });
    expect(source.speakers).toEqual(['ibu rt']);
    expect(source.text).toContain('Moderator: Mari mulai.');
    expect(spokenBy(source.text, source.turns, 'ibu rt')).toEqual(['Saya.']);
  });

  it('marks a long bold Word label that is too long to be detected', async () => {
    const long = 'Ibu Siti Rahmawati, Kepala Desa Sukamaju';
    const docx = makeDocx({
      body: [
        { runs: [{ text: `${long}:`, bold: true }, { text: ' Kami mulai tahun lalu.' }] },
        { runs: [{ text: 'Pewawancara:', bold: true }, { text: ' Bagaimana hasilnya?' }] },
        { runs: [{ text: `${long}:`, bold: true }, { text: ' Cukup baik.' }] },
        { runs: [{ text: 'Pewawancara:', bold: true }, { text: ' Terima kasih.' }] },
      ],
    });
    const detected = await imported('desa.docx', docx);
    expect(detected.speakers).toEqual(['Pewawancara']);
    const source = await imported('desa.docx', docx, { speakerLabels: { unmark: [], mark: [long] } });
    expect(source.speakers).toEqual([long, 'Pewawancara']);
    expect(spokenBy(source.text, source.turns, long)).toEqual(['Kami mulai tahun lalu.', 'Cukup baik.']);
  });
});
