// The per-source cache of transcript blocks: the same source object gives the same blocks without working them out
// again, and a source whose text or turns changed in place (or a copy of it) gets blocks of its own.
import { describe, expect, it } from 'vitest';
import { sourceBlocks } from '../../../../shared/analysis/sourceBlocks.ts';
import { transcriptBlocks } from '../../../../shared/text/transcriptBlocks.ts';
import type { Turn } from '../../../../shared/model/index.ts';

describe('sourceBlocks', () => {
  it('keeps the blocks of a source object, and works them out again when its text or turns change', () => {
    const turns: Turn[] = [{ start: 0, end: 5, speaker: 'Dewi', timestamp: null }, { start: 7, end: 11, speaker: 'Budi', timestamp: null }];
    const source = { text: 'Hello\n\nBali', turns };
    const first = sourceBlocks(source);
    expect(first).toEqual(transcriptBlocks(source.text, source.turns));
    expect(sourceBlocks(source)).toBe(first);

    source.text = 'Hello\n\nBali and Java';
    source.turns = [turns[0], { ...turns[1], end: 20 }];
    const changed = sourceBlocks(source);
    expect(changed).not.toBe(first);
    expect(changed.at(-1)).toEqual({ start: 7, end: 20, speaker: 'Budi', timestamp: null });
    expect(sourceBlocks({ ...source })).toEqual(changed);
  });
});
