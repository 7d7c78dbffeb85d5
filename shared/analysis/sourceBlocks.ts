// A source's transcript blocks (shared/text/transcriptBlocks.ts), worked out once per source object and kept while the
// object lives: a display recomputed after a coding changes reads the same source objects again, and finding the
// blocks of 200 long transcripts each time costs more than counting 40,000 codings. The entry is checked against the
// text and turns it was made from, so a source changed in place is worked out afresh.
import type { Source } from '../model/index.ts';
import { transcriptBlocks, type TranscriptBlock } from '../text/transcriptBlocks.ts';

type BlockedSource = Pick<Source, 'text' | 'turns'>;

const known = new WeakMap<BlockedSource, { text: string; turns: Source['turns']; blocks: TranscriptBlock[] }>();

export const sourceBlocks = (source: BlockedSource): TranscriptBlock[] => {
  const entry = known.get(source);
  if (entry !== undefined && entry.text === source.text && entry.turns === source.turns) return entry.blocks;
  const blocks = transcriptBlocks(source.text, source.turns);
  known.set(source, { text: source.text, turns: source.turns, blocks });
  return blocks;
};
