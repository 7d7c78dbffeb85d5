// The text of an excerpt as every view and export shows it. Within one speaker's words it is the coded text itself;
// across a change of speaker each speaker's part is labelled and the parts are separated ("Interviewer: … / Dewi: …"),
// because the canonical text keeps speaker labels out and would otherwise run two people's words together.
import { getLocale, t, type Locale } from '../i18n/translate.ts';
import { blocksTouching, type TranscriptBlock } from '../text/transcriptBlocks.ts';

type SpeakerRun = { speaker: string | null; start: number; end: number };

/** The touched blocks grouped into runs of one speaker (consecutive plain paragraphs make one run too). */
const speakerRuns = (blocks: readonly TranscriptBlock[], first: number, last: number): SpeakerRun[] => {
  const runs: SpeakerRun[] = [];
  for (let index = first; index <= last; index += 1) {
    const block = blocks[index];
    const previous = runs[runs.length - 1];
    if (previous !== undefined && previous.speaker === block.speaker) previous.end = block.end;
    else runs.push({ speaker: block.speaker, start: block.start, end: block.end });
  }
  return runs;
};

export const excerptQuote = (
  text: string, blocks: readonly TranscriptBlock[], start: number, end: number, locale: Locale = getLocale(),
): string => {
  const coded = text.slice(start, end);
  const touched = blocksTouching(blocks, start, end);
  if (touched === null) return coded;
  const runs = speakerRuns(blocks, touched.first, touched.last);
  if (runs.length < 2) return coded;
  return runs
    .map((run) => {
      const words = text.slice(Math.max(start, run.start), Math.min(end, run.end));
      return run.speaker === null ? words : t('excerpts.quote.turn', { speaker: run.speaker, words }, locale);
    })
    .join(t('excerpts.quote.turnSeparator', undefined, locale));
};
