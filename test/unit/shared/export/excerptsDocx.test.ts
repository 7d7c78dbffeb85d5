// The coded excerpts as a Word document, read from its word/document.xml: a Heading 1 per code and a Heading 2 per
// informant in first-seen order, each quote in the Quote style followed by source, speakers, roles, paragraphs and
// timestamp, and nothing but what the excerpts carry (pseudonyms, never a real name).
import { describe, expect, it } from 'vitest';
import { buildExcerptsDocx } from '../../../../shared/export/excerptsDocx.ts';
import { docxDocumentXml } from '../../../support/packetText.ts';
import { codedExcerpt, harjo, rina } from './codedExcerptFixture.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Each paragraph of the body as [style, text] ("" for the default style; line breaks as "\n"). */
const paragraphs = (xml: string): [string, string][] =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? match[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? '';
    const text = [...body.replace(/<w:br\/>/g, '<w:t>\n</w:t>').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((part) => part[1]).join('');
    return [style, text.replace(/&(amp|lt|gt|quot|apos);/g, (_whole, name: string) => ENTITIES[name] ?? '')];
  });

describe('buildExcerptsDocx', () => {
  it('groups by code, then informant, each quote followed by where it comes from', async () => {
    const bytes = await buildExcerptsDocx([
      codedExcerpt('Business networks / Learning', 'They taught us that.', [harjo]),
      codedExcerpt('Diaspora', 'Saya jadi jembatan.\nDua baris.', [rina], { sourceTitle: 'Wawancara Rina', speakers: ['Mbak Rina'], paragraphs: { first: 4, last: 6 }, timestamp: '00:04:10' }),
      codedExcerpt('Business networks / Learning', 'We learned it <by doing> & more.', [], { speakers: [], paragraphs: null }),
      codedExcerpt('Business networks / Learning', 'And from the buyers.', [harjo]),
    ], 'en');
    expect(paragraphs(docxDocumentXml(bytes))).toEqual([
      ['Title', 'Coded excerpts'],
      ['', '4 excerpts, grouped by code and informant.'],
      ['Heading1', 'Business networks / Learning'],
      ['Heading2', 'Harjo (owner)'],
      ['Quote', 'They taught us that.'],
      ['ExcerptOrigin', '— Interview with Pak Harjo · Pak Harjo · owner · ¶ 3'],
      ['Quote', 'And from the buyers.'],
      ['ExcerptOrigin', '— Interview with Pak Harjo · Pak Harjo · owner · ¶ 3'],
      ['Heading2', 'No informant'],
      ['Quote', 'We learned it <by doing> & more.'],
      ['ExcerptOrigin', '— Interview with Pak Harjo'],
      ['Heading1', 'Diaspora'],
      ['Heading2', 'Rina (diaspora actor)'],
      ['Quote', 'Saya jadi jembatan.\nDua baris.'],
      ['ExcerptOrigin', '— Wawancara Rina · Mbak Rina · diaspora actor · ¶ 4–6 · 00:04:10'],
    ]);
  });

  it('writes an empty document with its title and count when there is nothing to show', async () => {
    expect(paragraphs(docxDocumentXml(await buildExcerptsDocx([], 'en')))).toEqual([['Title', 'Coded excerpts'], ['', '0 excerpts, grouped by code and informant.']]);
  });
});
