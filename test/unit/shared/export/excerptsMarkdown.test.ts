// The coded-excerpt Markdown: grouped by code, then informant, in first-seen order; each quote a block quote with
// its source, speakers, paragraphs and timestamp; markup in the researcher's or informant's text escaped; pseudonyms
// only; the same excerpts give the same bytes.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, excerptsMarkdown } from '../../../../shared/export/index.ts';
import { codedExcerpt as excerpt, harjo, rina } from './codedExcerptFixture.ts';

describe('excerptsMarkdown', () => {
  it('groups by code, then informant, and says where each quote comes from', () => {
    const text = excerptsMarkdown([
      excerpt('Business networks / Learning', 'They taught us that.', [harjo]),
      excerpt('Diaspora', 'Saya jadi jembatan.', [rina], { sourceTitle: 'Wawancara Rina', speakers: ['Mbak Rina'], paragraphs: { first: 4, last: 6 }, timestamp: '00:04:10' }),
      excerpt('Business networks / Learning', 'We learned it by doing.', [], { speakers: [], paragraphs: null }),
      excerpt('Business networks / Learning', 'And from the buyers.', [harjo]),
    ], 'en');
    expect(text).toBe([
      '# Coded excerpts', '', '4 excerpts, grouped by code and informant.', '',
      '## Business networks / Learning', '', '### Harjo (owner)', '',
      '> They taught us that.', '', '— Interview with Pak Harjo · Pak Harjo · ¶ 3', '',
      '> And from the buyers.', '', '— Interview with Pak Harjo · Pak Harjo · ¶ 3', '',
      '### No informant', '', '> We learned it by doing.', '', '— Interview with Pak Harjo', '',
      '## Diaspora', '', '### Rina (diaspora actor)', '', '> Saya jadi jembatan.', '', '— Wawancara Rina · Mbak Rina · ¶ 4–6 · 00:04:10', '',
    ].join('\n'));
  });

  it('keeps every line of a quote inside the block quote and escapes markup', () => {
    const text = excerptsMarkdown([excerpt('Code *one*', '# not a heading\n\n[link](http://x) <b>bold</b> 2*3', [harjo])], 'en');
    expect(text).toContain('## Code \\*one\\*');
    expect(text).toContain('> \\# not a heading\n>\n> \\[link\\](http://x) \\<b\\>bold\\</b\\> 2\\*3\n');
    expect(escapeMarkdown('a_b|c~d`e\\f')).toBe('a\\_b\\|c\\~d\\`e\\\\f');
  });

  it('writes the same text for the same excerpts, and counts in the plural rules of the language', () => {
    const excerpts = [excerpt('A', 'one', [harjo])];
    expect(excerptsMarkdown(excerpts, 'en')).toBe(excerptsMarkdown(excerpts, 'en'));
    expect(excerptsMarkdown(excerpts, 'en')).toContain('1 excerpt, grouped by code and informant.');
  });
});
