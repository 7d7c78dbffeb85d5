// Keyword-in-context lines: context cut at word boundaries, whitespace collapsed, exact hit offsets kept.
import { describe, expect, it } from 'vitest';
import { FullTextIndex, keywordInContext, keywordInContextLines } from '../../../../shared/search/index.ts';

const text =
  'Pak Bambang menjelaskan bahwa pameran\n\ninternasional   di Jakarta membuka pasar baru bagi kendang jimbe dari Blitar.';

const hitOf = (word: string): { documentId: string; start: number; end: number } => {
  const start = text.indexOf(word);
  return { documentId: 's1', start, end: start + word.length };
};

describe('keywordInContext', () => {
  it('gives left context, the hit and right context with whitespace collapsed', () => {
    const line = keywordInContext(text, hitOf('pameran\n\ninternasional'), { contextChars: 200 });
    expect(line).toEqual({
      documentId: 's1',
      start: text.indexOf('pameran'),
      end: text.indexOf('internasional') + 'internasional'.length,
      left: 'Pak Bambang menjelaskan bahwa ',
      hit: 'pameran internasional',
      right: ' di Jakarta membuka pasar baru bagi kendang jimbe dari Blitar.',
      leftTruncated: false,
      rightTruncated: false,
    });
  });

  it('cuts context at word boundaries and flags the cut', () => {
    const line = keywordInContext(text, hitOf('Jakarta'), { contextChars: 12 });
    expect(line.left).toBe('internasional di ');
    expect(line.right).toBe(' membuka pasar');
    expect(line).toMatchObject({ leftTruncated: true, rightTruncated: true, hit: 'Jakarta' });
    const narrow = keywordInContext(text, hitOf('Jakarta'), { contextChars: 4 });
    expect(narrow.left.length + narrow.right.length).toBeLessThanOrEqual(2 * (4 + 20));
    for (const side of [narrow.left.trim(), narrow.right.trim()]) expect(text).toContain(side);
  });

  it('never splits a surrogate pair when a window ends inside a long run without spaces', () => {
    const emoji = '😀'.repeat(40);
    const long = `${emoji}kendang${emoji}`;
    const line = keywordInContext(long, { documentId: 'e', start: 80, end: 87 }, { contextChars: 5 });
    expect(line.hit).toBe('kendang');
    for (const side of [line.left, line.right]) {
      expect(side).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
      expect(Array.from(side).every((char) => char === '😀')).toBe(true);
    }
  });

  it('gives an unquoted two-word search one line per place, with both words marked', () => {
    const notes = 'Bu Wulan showed us the drying house behind the workshop.';
    const index = new FullTextIndex();
    index.addDocument('notes', notes);
    const lines = keywordInContextLines(index.query('drying house').hits, () => notes, { contextChars: 30 });
    expect(lines.map((line) => [line.left, line.hit, line.right])).toEqual([['Bu Wulan showed us the ', 'drying house', ' behind the workshop.']]);
  });

  it('builds lines for index hits whose slices are the original words, skipping unknown documents', () => {
    const texts = new Map([['s1', text]]);
    const index = new FullTextIndex();
    index.addDocument('s1', text);
    index.addDocument('gone', 'kendang tanpa teks');
    const lines = keywordInContextLines(index.query('KENDANG').hits, (id) => texts.get(id), { contextChars: 20 });
    expect(lines).toHaveLength(1);
    expect(text.slice(lines[0].start, lines[0].end)).toBe('kendang');
    expect(`${lines[0].left}${lines[0].hit}${lines[0].right}`).toBe('membuka pasar baru bagi kendang jimbe dari Blitar.');
  });
});
