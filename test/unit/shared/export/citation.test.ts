// Excerpt quotes and citations: the turn boundaries inside a quote, "¶ 12" and "¶ 12–13", and the citation
// "(Pseudonym, role, source, ¶ 12, 00:14:05)" with pseudonyms only.
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { citationText, excerptQuote, locationLabel, paragraphLabel, quoteWithCitation } from '../../../../shared/export/index.ts';
import { transcriptBlocks } from '../../../../shared/text/index.ts';

const text = 'Who helped?\n\nMy cousin.\n\nAnd the fair.\n\n[laughs]\n\nYes, the fair.';
const turn = (words: string, speaker: string | null): Turn => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, speaker, timestamp: null });
const blocks = transcriptBlocks(text, [turn('Who helped?', 'Interviewer'), turn('My cousin.', 'Dewi'), turn('And the fair.', 'Dewi'), turn('[laughs]', null), turn('Yes, the fair.', 'Budi')]);
const quote = (from: string, to: string) => excerptQuote(text, blocks, text.indexOf(from), text.indexOf(to) + to.length, 'en');

describe('excerptQuote', () => {
  it('is the coded text itself within one speaker, even over several of their paragraphs', () => {
    expect(quote('cousin', 'cousin')).toBe('cousin');
    expect(quote('My cousin', 'the fair.')).toBe('My cousin.\n\nAnd the fair.');
  });

  it('labels each speaker and separates their parts where the speaker changes', () => {
    expect(quote('helped', 'cousin.')).toBe('Interviewer: helped? / Dewi: My cousin.');
    expect(quote('cousin', 'Yes')).toBe('Dewi: cousin.\n\nAnd the fair. / [laughs] / Budi: Yes');
  });
});

describe('citations', () => {
  const parts = { informants: [{ pseudonym: 'Dewi', role: 'diaspora actor' }], sourceTitle: 'I05 Den Haag', paragraphs: { first: 12, last: 12 }, timestamp: null };

  it('names one paragraph or a span of them', () => {
    expect(paragraphLabel({ first: 12, last: 12 }, 'en')).toBe('¶ 12');
    expect(paragraphLabel({ first: 12, last: 13 }, 'en')).toBe('¶ 12–13');
  });

  it('cites pseudonym, role, source and paragraph, then the timestamp where there is one', () => {
    expect(citationText(parts, 'en')).toBe('Dewi, diaspora actor, I05 Den Haag, ¶ 12');
    expect(citationText({ ...parts, paragraphs: { first: 12, last: 13 }, timestamp: '00:14:05' }, 'en')).toBe('Dewi, diaspora actor, I05 Den Haag, ¶ 12–13, 00:14:05');
  });

  it('leaves out what is missing and separates several informants by semicolons', () => {
    expect(citationText({ ...parts, informants: [] }, 'en')).toBe('I05 Den Haag, ¶ 12');
    expect(citationText({ ...parts, informants: [{ pseudonym: 'Dewi', role: '' }] }, 'en')).toBe('Dewi, I05 Den Haag, ¶ 12');
    const two = { ...parts, informants: [{ pseudonym: 'Dewi', role: 'diaspora actor' }, { pseudonym: 'Budi', role: 'owner' }] };
    expect(citationText(two, 'en')).toBe('Dewi, diaspora actor; Budi, owner; I05 Den Haag, ¶ 12');
  });

  it('puts the quote before its citation', () => {
    expect(quoteWithCitation('We sell abroad.', parts, 'en')).toBe('“We sell abroad.” (Dewi, diaspora actor, I05 Den Haag, ¶ 12)');
  });
});

describe('locationLabel', () => {
  it('shows paragraphs and timestamp without source or people', () => {
    expect(locationLabel({ paragraphs: { first: 3, last: 4 }, timestamp: '00:01:02.500' }, 'en')).toBe('¶ 3–4, 00:01:02');
    expect(locationLabel({ paragraphs: { first: 3, last: 3 }, timestamp: null }, 'en')).toBe('¶ 3');
    expect(locationLabel({ paragraphs: null, timestamp: null }, 'en')).toBe('');
    // Handed a whole excerpt (or citation), it still shows only where the excerpt sits.
    const whole = { informants: [{ pseudonym: 'Dewi', role: 'diaspora actor' }], sourceTitle: 'I05 Den Haag', paragraphs: { first: 12, last: 12 }, timestamp: '00:00:45.000' };
    expect(locationLabel(whole, 'en')).toBe('¶ 12, 00:00:45');
  });
});
