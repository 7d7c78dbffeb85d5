// Text diffs and whole-source corrections: edits reproduce the new text, codings and turns move with them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../../shared/model/index.ts';
import type { Turn } from '../../../../shared/model/source.ts';
import {
  applyTextEdits,
  correctSourceText,
  diffTexts,
  invertTextEdits,
  mapRangesThroughEdits,
} from '../../../../shared/text/index.ts';
import { CodebookError } from '../../../../shared/codebook/codebookError.ts';
import { deletesOf, putsOf } from '../../../../shared/project/projectChange.ts';

const codingOver = (id: string, text: string, words: string): Coding => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" not in text`);
  return { id, projectId: 'p', sourceId: 's', codeId: 'c', start, end: start + words.length, coderId: 'ana', createdAt: '' };
};

describe('diffTexts', () => {
  it('finds two separate small corrections as two edits', () => {
    const before = 'Pak Hadi sells kendang to exporter in Surabaya and to the art shop in Ubud.';
    const after = 'Pak Hadi sells kendang to exporters in Surabaya and to the art shops in Ubud.';
    expect(diffTexts(before, after)).toEqual([
      { from: before.indexOf(' in Surabaya'), to: before.indexOf(' in Surabaya'), insert: 's' },
      { from: before.indexOf(' in Ubud'), to: before.indexOf(' in Ubud'), insert: 's' },
    ]);
  });

  it('returns no edits for equal texts and never splits a surrogate pair', () => {
    expect(diffTexts('same', 'same')).toEqual([]);
    const edits = diffTexts('drum 😀 ok', 'drum 😃 ok');
    expect(edits).toEqual([{ from: 5, to: 7, insert: '😃' }]);
  });

  it('reproduces the new text for random pairs of texts', () => {
    const unit = fc.constantFrom('a', 'b', 'é', 'ꦗ', ' ', '.', '\n', '😀', '😃');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.string({ unit, maxLength: 80 }), (before, after) => {
        const edits = diffTexts(before, after);
        expect(applyTextEdits(before, edits)).toBe(after);
        expect(applyTextEdits(after, invertTextEdits(before, edits))).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps codings far from random word-level corrections on the same words', () => {
    const word = fc.constantFrom('kendang', 'jimbe', 'pameran', 'ekspor', 'wong', 'sing', 'Blitar', 'drum');
    const words = fc.array(word, { minLength: 12, maxLength: 40 });
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), word, (list, codedAt, changedAt, replacement) => {
        const codedIndex = codedAt % list.length;
        const changedIndex = changedAt % list.length;
        fc.pre(Math.abs(codedIndex - changedIndex) > 1);
        const before = list.join(' ');
        const after = list.map((item, index) => (index === changedIndex ? `${replacement}x` : item)).join(' ');
        const start = list.slice(0, codedIndex).join(' ').length + (codedIndex === 0 ? 0 : 1);
        const range = { start, end: start + list[codedIndex].length };
        const mapped = mapRangesThroughEdits([range], diffTexts(before, after), before).kept[0];
        expect(after.slice(mapped.start, mapped.end)).toBe(list[codedIndex]);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses overlapping or out-of-range edits with a clear error', () => {
    expect(() => applyTextEdits('abcdef', [{ from: 2, to: 4, insert: '' }, { from: 3, to: 5, insert: '' }])).toThrow(CodebookError);
    expect(() => applyTextEdits('abc', [{ from: 2, to: 9, insert: '' }])).toThrow(/does not fit the text/);
  });
});

describe('correctSourceText', () => {
  it('fixes a typo inside a coding and at its edge, keeping turns and codings on their words', () => {
    const text = 'Interviewer: Who helped you?\n\nPak Hadi: Pak Bambang the exportr handles the documnts.\n\nInterviewer: Thanks.';
    const turns: Turn[] = [
      { start: 13, end: 28, speaker: 'Interviewer', timestamp: null },
      { start: text.indexOf('Pak Bambang'), end: text.indexOf('.\n\nInterviewer: Thanks') + 1, speaker: 'Pak Hadi', timestamp: null },
      { start: text.lastIndexOf('Thanks'), end: text.length, speaker: 'Interviewer', timestamp: null },
    ];
    const codings = [
      codingOver('exporter', text, 'Pak Bambang the exportr'),
      codingOver('documents', text, 'handles the documnts'),
      codingOver('thanks', text, 'Thanks.'),
    ];
    const corrected = text.replace('exportr', 'exporter').replace('documnts', 'documents').replace('Who', 'Who first');
    const result = correctSourceText({ text, turns, codings }, corrected);
    expect(result.text).toBe(corrected);
    const textOf = (id: string): string => {
      const coding = result.movedCodings.find((candidate) => candidate.id === id);
      if (coding === undefined) throw new Error(`${id} did not move`);
      return corrected.slice(coding.start, coding.end);
    };
    expect(textOf('exporter')).toBe('Pak Bambang the exporter');
    expect(textOf('documents')).toBe('handles the documents');
    expect(textOf('thanks')).toBe('Thanks.');
    expect(result.turns.map((turn) => corrected.slice(turn.start, turn.end))).toEqual([
      'Who first helped you?',
      'Pak Bambang the exporter handles the documents.',
      'Thanks.',
    ]);
    expect(putsOf(result.codingChange, 'codings')).toHaveLength(3);
    expect(deletesOf(result.codingChange, 'codings')).toEqual([]);
  });

  it('removes a coding whose words were deleted and reports it for undo', () => {
    const text = 'Kula badhe tindak pasar. Mboten wonten pesenan.';
    const gone = codingOver('gone', text, 'Mboten wonten');
    const stays = codingOver('stays', text, 'pasar');
    const result = correctSourceText({ text, turns: [], codings: [gone, stays] }, 'Kula badhe tindak pasar. pesenan.');
    expect(result.removedCodings.map((coding) => coding.id)).toEqual(['gone']);
    expect(deletesOf(result.codingChange, 'codings')).toEqual(['gone']);
    expect(result.movedCodings).toEqual([]);
  });
});
