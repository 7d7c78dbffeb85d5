// Paragraph numbers and timestamps of a range: every block counts (turns and plain paragraphs alike), a range over
// several blocks spans their numbers, and a block without a timestamp is cited by the last one before it.
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { citedTimestamp, locateRange, timestampsInForce } from '../../../../shared/analysis/index.ts';
import { blocksTouching, transcriptBlocks } from '../../../../shared/text/index.ts';

const text = 'Title line\n\nQ: first?\n\nAnswer one.\n\nMore of the answer.\n\nQ: second?';
const turn = (words: string, speaker: string, timestamp: string | null): Turn => ({
  start: text.indexOf(words), end: text.indexOf(words) + words.length, speaker, timestamp,
});
// "Title line" lies outside every turn: it is block 1, a plain paragraph.
const turns = [turn('Q: first?', 'Q', '00:00:05'), turn('Answer one.', 'A', null), turn('More of the answer.', 'A', null), turn('Q: second?', 'Q', '01:02:03')];
const blocks = transcriptBlocks(text, turns);
const timestamps = timestampsInForce(blocks);
const locate = (from: string, to = from) => locateRange(blocks, timestamps, text.indexOf(from), text.indexOf(to) + to.length);

describe('locateRange', () => {
  it('numbers every block from 1, plain paragraphs included', () => {
    expect(locate('Title').paragraphs).toEqual({ first: 1, last: 1 });
    expect(locate('first?').paragraphs).toEqual({ first: 2, last: 2 });
    expect(locate('second?').paragraphs).toEqual({ first: 5, last: 5 });
  });

  it('spans the numbers of every block a range touches', () => {
    expect(locate('first?', 'More')).toEqual({ paragraphs: { first: 2, last: 4 }, timestamp: '00:00:05' });
  });

  it('cites a block without a timestamp by the last timestamp before it, and a source without any by none', () => {
    expect(locate('More of').timestamp).toBe('00:00:05');
    expect(locate('second?').timestamp).toBe('01:02:03');
    expect(locate('Title').timestamp).toBeNull();
    const plain = transcriptBlocks('One.\n\nTwo.', []);
    expect(locateRange(plain, timestampsInForce(plain), 6, 10)).toEqual({ paragraphs: { first: 2, last: 2 }, timestamp: null });
  });
});

describe('blocksTouching', () => {
  it('finds nothing for a range that lies wholly between blocks, and the block of an empty range', () => {
    const gap = text.indexOf('\n\nAnswer');
    expect(blocksTouching(blocks, gap, gap + 2)).toBeNull();
    expect(blocksTouching(blocks, text.indexOf('Answer'), text.indexOf('Answer'))).toEqual({ first: 2, last: 2 });
    expect(blocksTouching(blocks, text.length, text.length)).toBeNull();
  });

  it('counts a block as touched only when the range shares a character with it', () => {
    const end = text.indexOf('Answer one.') + 'Answer one.'.length;
    expect(blocksTouching(blocks, text.indexOf('Answer'), end + 2)).toEqual({ first: 2, last: 2 });
    expect(blocksTouching(blocks, text.indexOf('Answer'), end + 3)).toEqual({ first: 2, last: 3 });
  });
});

describe('citedTimestamp', () => {
  it('gives a timestamp to the second and leaves other forms alone', () => {
    expect(citedTimestamp('00:14:05.500')).toBe('00:14:05');
    expect(citedTimestamp('00:14:05,250')).toBe('00:14:05');
    expect(citedTimestamp('00:14:05')).toBe('00:14:05');
    expect(citedTimestamp('14:05')).toBe('14:05');
  });
});
