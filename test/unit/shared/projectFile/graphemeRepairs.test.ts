// A project file keeps source text exactly (NFD, emoji sequences), and a coding whose offsets split a grapheme
// cluster (another tool's, or a hand edit) is a safe repair: it is widened to the whole cluster, with a note.
import { describe, expect, it } from 'vitest';
import {
  applyRepairs, checkProjectIntegrity, projectFileMessageText, readProjectFile, writeProjectFile, type ProjectSnapshot, type Repair,
} from '../../../../shared/projectFile/index.ts';
import { t } from '../../../../shared/i18n/translate.ts';
import { FILE, META, codingRow, smallSnapshot, sourceWithTurns } from './projectFileFixture.ts';

const WORDS = 'Bu Lastri: cafe\u0301 untuk 👩\u200d👩\u200d👧, bendera 🇮🇩, salam 👋🏽.';

/** The small project with one more source whose text is full of clusters, and `codings` on it. */
const withClusters = (codings: Array<[string, number, number]>): ProjectSnapshot => {
  const snapshot = smallSnapshot();
  const s3 = sourceWithTurns('s3', [[null, WORDS]]);
  snapshot.tables.sources?.push(s3.source);
  snapshot.tables.sourceTexts?.push(s3.text);
  for (const [id, start, end] of codings) snapshot.tables.codings?.push(codingRow(id, 's3', 'c-risk', start, end));
  return snapshot;
};

const read = async (snapshot: ProjectSnapshot): Promise<{ repairs: Repair[]; snapshot: ProjectSnapshot }> => {
  const reading = await readProjectFile(await writeProjectFile(snapshot, META), { fileName: FILE });
  if (!reading.ok) throw new Error(projectFileMessageText(reading.problem, 'en'));
  return { repairs: reading.repairs, snapshot: reading.snapshot };
};

const at = (needle: string): number => WORDS.indexOf(needle);

describe('project files and grapheme clusters', () => {
  it('writes and reads source text code point for code point, and codings on cluster boundaries need no repair', async () => {
    const whole = at('👩');
    const { repairs, snapshot } = await read(withClusters([['g8', at('cafe'), at('cafe') + 5], ['g9', whole, whole + 8]]));
    expect(repairs).toEqual([]);
    expect(snapshot.tables.sourceTexts?.find((row) => row.sourceId === 's3')?.text).toBe(WORDS);
  });

  it('widens a coding that ends between a letter and its accent, or starts inside a ZWJ family', async () => {
    const accent = at('e\u0301');
    const family = at('👩');
    const { repairs, snapshot } = await read(withClusters([['g8', at('cafe'), accent + 1], ['g9', family + 3, at('bendera') - 2]]));
    expect(repairs.map((repair) => repair.action)).toEqual([
      { kind: 'widenCoding', codingId: 'g8', start: at('cafe'), end: accent + 2 },
      { kind: 'widenCoding', codingId: 'g9', start: family, end: at('bendera') - 2 },
    ]);
    expect(projectFileMessageText(repairs[0].message, 'en')).toBe(
      `Coding g8 on "Interview s3" (${at('cafe')}–${accent + 1}) begins or ends inside a character (an accented letter, an emoji or a flag): it will cover the whole character (${at('cafe')}–${accent + 2}).`,
    );
    expect(projectFileMessageText(repairs[0].message, 'id')).not.toBe(projectFileMessageText(repairs[0].message, 'en'));
    const repaired = applyRepairs(snapshot, repairs);
    expect(checkProjectIntegrity(repaired.snapshot, FILE)).toEqual({ problems: [], repairs: [] });
    const text = (id: string): string => {
      const coding = repaired.snapshot.tables.codings?.find((row) => row.id === id);
      return coding === undefined ? '' : WORDS.slice(coding.start, coding.end);
    };
    expect(text('g8')).toBe('cafe\u0301');
    expect(text('g9')).toBe('👩\u200d👩\u200d👧');
    expect(repaired.auditDetail).toBe('widenCoding g8 g9');
  });

  it('shortens a coding past the end first, then widens it to the flag it starts inside', async () => {
    const flag = at('🇮🇩');
    // Offset flag + 2 lies between the flag's two regional indicators.
    const { repairs, snapshot } = await read(withClusters([['g8', flag + 2, 500]]));
    expect(repairs.map((repair) => repair.action)).toEqual([
      { kind: 'shortenCoding', codingId: 'g8', end: WORDS.length },
      { kind: 'widenCoding', codingId: 'g8', start: flag, end: WORDS.length },
    ]);
    const repaired = applyRepairs(snapshot, repairs).snapshot;
    expect(repaired.tables.codings?.find((row) => row.id === 'g8')).toMatchObject({ start: flag, end: WORDS.length });
    expect(checkProjectIntegrity(repaired, FILE)).toEqual({ problems: [], repairs: [] });
    expect(t('projectFile.repair.codingSplitsCharacter', { coding: 'g', source: 's', start: 1, end: 2, newStart: 0, newEnd: 2 }, 'id')).toContain('seutuhnya');
  });
});
