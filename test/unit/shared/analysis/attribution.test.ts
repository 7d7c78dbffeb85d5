// The attribution rule of DESIGN.md, case by case: linked speakers, the unlinked interviewer, a range over two turns,
// a source with one informant and no links, a source whose speakers are all unlinked, and plain paragraphs.
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { attributeRange, prepareAttribution, type AttributableSource } from '../../../../shared/analysis/index.ts';

/** Builds a source text from [speaker, words] blocks the way the importers store it (labels out, blank lines between). */
const sourceOf = (blocks: [string | null, string][], informantIds: string[], speakerLinks: Record<string, string>) => {
  let text = '';
  const turns: Turn[] = [];
  for (const [speaker, words] of blocks) {
    if (text !== '') text += '\n\n';
    turns.push({ start: text.length, end: text.length + words.length, speaker, timestamp: null });
    text += words;
  }
  const source: AttributableSource = { text, turns, informantIds, speakerLinks };
  const range = (from: string, to = from) => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length });
  const attribute = (from: string, to = from) => {
    const { start, end } = range(from, to);
    return attributeRange(prepareAttribution(source), start, end);
  };
  return { source, attribute };
};

const interview: [string | null, string][] = [
  ['Interviewer', 'Who buys your drums?'],
  ['Dewi', 'Shops in Den Haag.'],
  ['Budi', 'Tourists in Bali.'],
  [null, '[Recording ends]'],
];

describe('attributeRange', () => {
  const linked = sourceOf(interview, ['dewi', 'budi'], { Dewi: 'dewi', Budi: 'budi' });

  it('credits a range to the informant linked to the speaker of its turn', () => {
    expect(linked.attribute('Shops')).toEqual({ speakers: ['Dewi'], informantIds: ['dewi'] });
  });

  it('credits the unlinked interviewer to no informant', () => {
    expect(linked.attribute('Who buys')).toEqual({ speakers: ['Interviewer'], informantIds: [] });
  });

  it('credits a range over two turns to each informant it touches, once each, in text order', () => {
    expect(linked.attribute('Who buys', 'Den Haag')).toEqual({ speakers: ['Interviewer', 'Dewi'], informantIds: ['dewi'] });
    expect(linked.attribute('Den Haag', 'Bali')).toEqual({ speakers: ['Dewi', 'Budi'], informantIds: ['dewi', 'budi'] });
  });

  it('credits a plain paragraph to no informant when speakers are linked', () => {
    expect(linked.attribute('[Recording ends]')).toEqual({ speakers: [], informantIds: [] });
  });

  it('credits everything in a source with exactly one informant and no linked speaker to that informant', () => {
    const single = sourceOf(interview, ['dewi'], {});
    expect(single.attribute('Who buys')).toEqual({ speakers: ['Interviewer'], informantIds: ['dewi'] });
    expect(single.attribute('[Recording ends]')).toEqual({ speakers: [], informantIds: ['dewi'] });
    const notes = sourceOf([[null, 'Morning at the workshop.'], [null, 'Four carvers at work.']], ['harjo'], {});
    expect(notes.attribute('Morning', 'carvers')).toEqual({ speakers: [], informantIds: ['harjo'] });
  });

  it('credits no one in a source whose speakers are all unlinked and that has several informants', () => {
    const unlinked = sourceOf(interview, ['dewi', 'budi'], {});
    expect(unlinked.attribute('Shops')).toEqual({ speakers: ['Dewi'], informantIds: [] });
    const noInformant = sourceOf(interview, [], {});
    expect(noInformant.attribute('Who buys', 'Bali')).toEqual({ speakers: ['Interviewer', 'Dewi', 'Budi'], informantIds: [] });
  });

  it('once one speaker is linked, the sole informant no longer covers the interviewer', () => {
    const single = sourceOf(interview, ['dewi'], { Dewi: 'dewi' });
    expect(single.attribute('Who buys')).toEqual({ speakers: ['Interviewer'], informantIds: [] });
    expect(single.attribute('Shops')).toEqual({ speakers: ['Dewi'], informantIds: ['dewi'] });
  });

  it('ignores a link whose speaker has no turn in the source (left over from a rename)', () => {
    const stale = sourceOf(interview, ['dewi'], { 'Ibu Dewi': 'dewi' });
    expect(stale.attribute('Who buys')).toEqual({ speakers: ['Interviewer'], informantIds: ['dewi'] });
  });

  it('credits an empty range to the turn it sits in', () => {
    const { source } = linked;
    const at = source.text.indexOf('Tourists');
    expect(attributeRange(prepareAttribution(source), at, at)).toEqual({ speakers: ['Budi'], informantIds: ['budi'] });
  });
});
