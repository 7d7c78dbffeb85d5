// The member-check packet's content for one informant: only their own excerpts (a passage that runs into another
// informant's turn or the interviewer's question keeps only their words), the conclusions whose supporting evidence
// uses them (directly, through a memo or a display cell) with only their passage numbers, other informants' real
// names replaced by pseudonyms everywhere — and the DOCX and PDF written from it say the same, in either language.
import { describe, expect, it } from 'vitest';
import {
  buildMemberCheckPacket, memberCheckPacketDocx, memberCheckPacketPdf, packetBlocks, type MemberCheckPacketData, type PacketSource,
} from '../../../../shared/export/memberCheckPacket/index.ts';
import type { Conclusion, EvidenceItem, Informant, Turn } from '../../../../shared/model/index.ts';
import { loadPacketFonts } from '../../../../cli/packetFonts.ts';
import { docxDocumentXml, docxText, pdfText } from '../../../support/packetText.ts';

const AT = '2025-01-01T00:00:00.000Z';
const person = (id: string, pseudonym: string, realName: string | null): Informant => ({
  id, projectId: 'p', pseudonym, role: 'owner', attributes: {}, realName, createdAt: AT, updatedAt: AT,
});

/** A transcript from [speaker, words] turns, the words joined by blank lines as the importers store them. */
const transcript = (id: string, title: string, turns: [string, string][], links: Record<string, string>, informantIds: string[]): PacketSource => {
  let text = '';
  const placed: Turn[] = [];
  for (const [speaker, words] of turns) {
    if (text !== '') text += '\n\n';
    placed.push({ start: text.length, end: text.length + words.length, speaker, timestamp: null });
    text += words;
  }
  return { id, title, date: '2024-03-12', text, turns: placed, informantIds, speakerLinks: links };
};

const QUESTION = 'Who helped you sell abroad?';
const DEWI_ANSWER = 'My cousin in Den Haag did. Pak Agus Salim helped too.';
const BUDI_REPLY = 'I only sold at the market. Ratna Sari was braver than me.';
const interview = transcript('s1', 'Group talk with Bu Ratna and Pak Agus', [['Interviewer', QUESTION], ['Bu Ratna', DEWI_ANSWER], ['Pak Agus', BUDI_REPLY]],
  { 'Bu Ratna': 'dewi', 'Pak Agus': 'budi' }, ['dewi', 'budi']);
const NOTES = 'Dewi packs the drums herself and checks every skin 🥁 before shipping 漢字 😀.';
const fieldNotes: PacketSource = { id: 's2', title: 'Field notes at the workshop', date: null, text: NOTES, turns: [], informantIds: ['dewi'], speakerLinks: {} };
const unlinked = transcript('s3', 'Focus group, not linked yet', [['A', 'Words of somebody.'], ['B', 'Words of somebody else.']], {}, ['dewi', 'budi']);

const at = (source: PacketSource, words: string) => {
  const start = source.text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in ${source.id}`);
  return { start, end: start + words.length };
};

const codings = [
  { id: 'c1', sourceId: 's1', ...at(interview, 'My cousin in Den Haag did.') },
  // From the question into Dewi's answer: overlaps c1, so one passage with it.
  { id: 'c2', sourceId: 's1', start: 0, end: at(interview, 'My cousin').end },
  // From Dewi's answer into Budi's reply.
  { id: 'c3', sourceId: 's1', start: at(interview, 'Pak Agus Salim helped').start, end: at(interview, 'I only sold at the market.').end },
  { id: 'c4', sourceId: 's1', ...at(interview, BUDI_REPLY) },
  { id: 'c5', sourceId: 's2', ...at(fieldNotes, NOTES) },
  { id: 'c6', sourceId: 's3', ...at(unlinked, 'Words of somebody.') },
];

const item = (id: string, target: EvidenceItem['target'], stance: EvidenceItem['stance'] = 'supporting'): EvidenceItem => ({
  id, target, stance, weightNote: '', resolution: null, addedBy: 'coder', addedAt: AT,
});
const conclusion = (id: string, statement: string, evidence: EvidenceItem[], status: 'supported' | 'rejected' = 'supported'): Conclusion => ({
  id, projectId: 'p', statement: { content: '', plainText: statement }, researchQuestionId: null, modelRole: null, codeIds: [], displayIds: [],
  statusHistory: [{ status, reason: '', coderId: 'coder', at: AT }], evidence, tactics: [], rivalOfId: null, createdAt: AT, updatedAt: AT,
});

const DATA: MemberCheckPacketData = {
  projectName: 'Drums of Sentul',
  informants: [person('dewi', 'Dewi', 'Ratna Sari'), person('budi', 'Budi', 'Agus Salim')],
  sources: [interview, fieldNotes, unlinked],
  codings,
  conclusions: [
    conclusion('k-budi', 'Only Budi’s words support this.', [item('e1', { kind: 'coding', codingId: 'c4' })]),
    conclusion('k-both', 'Relatives abroad, like the cousin Agus Salim knows, open markets.', [
      item('e2', { kind: 'coding', codingId: 'c4' }), item('e3', { kind: 'coding', codingId: 'c3' }), item('e4', { kind: 'memo', memoId: 'm1' }),
    ]),
    conclusion('k-rejected', 'A rejected idea.', [item('e5', { kind: 'coding', codingId: 'c1' })], 'rejected'),
    conclusion('k-cell', 'Care for quality is learnt at home.', [item('e6', { kind: 'cell', displayId: 'd1', cellKey: 'quality' })]),
    conclusion('k-against', 'Nobody packs drums themselves.', [item('e7', { kind: 'coding', codingId: 'c5' }, 'disconfirming')]),
  ],
  memos: new Map([['m1', { target: { kind: 'coding', id: 'c2' } }]]),
  cellCodingIds: (displayId, cellKey) => (displayId === 'd1' && cellKey === 'quality' ? ['c5', 'c4'] : undefined),
};

const FORBIDDEN = [QUESTION, 'I only sold at the market', 'Ratna Sari was braver', 'Agus Salim', 'Words of somebody', 'Only Budi’s words'];

describe('buildMemberCheckPacket', () => {
  const packet = buildMemberCheckPacket(DATA, 'dewi', 'en', '2025-06-01');

  it('holds only the informant’s own words, grouped by source, with the other informant’s real name replaced', () => {
    expect(packet.sources).toEqual([
      {
        title: 'Group talk with Bu Ratna and Pak Budi', date: 'Mar 12, 2024',
        excerpts: [{ number: 1, quote: 'My cousin in Den Haag did.' }, { number: 2, quote: 'Pak Budi helped too.' }],
      },
      { title: 'Field notes at the workshop', date: null, excerpts: [{ number: 3, quote: NOTES }] },
    ]);
  });

  it('lists the conclusions whose supporting evidence uses their words, with their passages only', () => {
    expect(packet.conclusions).toEqual([
      { number: 1, statement: 'Relatives abroad, like the cousin Budi knows, open markets.', status: 'supported', excerptNumbers: [1, 2] },
      { number: 2, statement: 'Care for quality is learnt at home.', status: 'supported', excerptNumbers: [3] },
    ]);
  });

  it('never carries another informant’s words or real name in any block', () => {
    const text = JSON.stringify(packetBlocks(packet));
    for (const words of FORBIDDEN) expect(text).not.toContain(words);
  });

  it('gives the other informant their own packet the same way', () => {
    const theirs = buildMemberCheckPacket(DATA, 'budi', 'en', '2025-06-01');
    // c3 (from Dewi's answer into Budi's reply) and c4 (Budi's reply) merge into Budi's reply alone.
    expect(theirs.sources.flatMap((source) => source.excerpts.map((excerpt) => excerpt.quote))).toEqual(['I only sold at the market. Dewi was braver than me.']);
    expect(JSON.stringify(packetBlocks(theirs))).not.toContain('My cousin');
  });

  it('writes dates and fixed text in Bahasa Indonesia for an Indonesian packet', () => {
    const indonesian = buildMemberCheckPacket(DATA, 'dewi', 'id', '2025-06-01');
    expect(indonesian.sources[0].date).toBe(new Intl.DateTimeFormat('id', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2024-03-12T00:00:00Z')));
    const texts = packetBlocks(indonesian).map((block) => ('text' in block ? block.text : block.label));
    expect(texts).toContain('Kata-kata Anda');
    expect(texts).toContain('Kesimpulan yang memakai kata-kata Anda');
  });

  it('hides every name of the project\'s list (a place too) when given it, but not the recipient\'s own', () => {
    const withList: MemberCheckPacketData = {
      ...DATA,
      sources: [{ ...fieldNotes, text: `${NOTES} Ratna Sari sells them in Den Haag.` }],
      codings: [{ id: 'c7', sourceId: 's2', start: 0, end: `${NOTES} Ratna Sari sells them in Den Haag.`.length }],
      pseudonyms: [{ realName: 'Den Haag', pseudonym: 'a Dutch city' }, { realName: 'Ratna Sari', pseudonym: 'Dewi' }, { realName: 'Agus Salim', pseudonym: 'Budi' }],
    };
    const [quote] = buildMemberCheckPacket(withList, 'dewi', 'en', '2025-06-01').sources.flatMap((source) => source.excerpts.map((excerpt) => excerpt.quote));
    expect(quote).toBe(`${NOTES} Ratna Sari sells them in a Dutch city.`);
    const [forBudi] = buildMemberCheckPacket({ ...withList, sources: [interview], codings }, 'budi', 'en', '2025-06-01').sources;
    expect(forBudi.title).toBe('Group talk with Bu Dewi and Pak Agus');
  });

  it('refuses an informant the project does not have', () => {
    expect(() => buildMemberCheckPacket(DATA, 'nobody', 'en', '2025-06-01')).toThrow(/nobody/);
  });
});

describe('the packet files', () => {
  const packet = buildMemberCheckPacket(DATA, 'dewi', 'en', '2025-06-01');

  it('writes a DOCX with Word’s heading styles, a Quote style and the informant’s words only', async () => {
    const bytes = await memberCheckPacketDocx(packet);
    const xml = docxDocumentXml(bytes);
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Quote']) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    const text = docxText(bytes);
    expect(text).toContain('My cousin in Den Haag did.');
    expect(text).toContain('Pak Budi helped too.');
    expect(text).toContain(NOTES);
    for (const words of FORBIDDEN) expect(text).not.toContain(words);
  });

  it('writes a PDF whose text extracts whole, a character the font lacks standing as a replacement character', async () => {
    const text = pdfText(await memberCheckPacketPdf(packet, await loadPacketFonts()));
    expect(text).toContain('My cousin in Den Haag did.');
    expect(text).toContain('Relatives abroad, like the cousin Budi knows, open markets.');
    // DejaVu Sans has 😀 but no drum emoji and no CJK: each missing character becomes one U+FFFD.
    expect(text).toContain('checks every skin \uFFFD before shipping \uFFFD\uFFFD 😀.');
    expect(text).toMatch(/Page 1 of \d/);
    for (const words of FORBIDDEN) expect(text).not.toContain(words);
  });

  it('wraps a long packet over several pages, in Indonesian', async () => {
    const long = { ...buildMemberCheckPacket(DATA, 'dewi', 'id', '2025-06-01') };
    long.sources = [{ title: 'Wawancara panjang', date: null, excerpts: Array.from({ length: 12 }, (_unused, index) => ({ number: index + 1, quote: `${'kata '.repeat(120)}akhir ${index + 1}` })) }];
    const text = pdfText(await memberCheckPacketPdf(long, await loadPacketFonts()));
    expect(text).toContain('Konfirmasi atas keterangan Anda');
    expect(text).toContain('akhir 12');
    const pages = Number(/Halaman 1 dari (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
  });
});
