// A small hand-made project for the matrix builders' tests: five informants (one without a role), an interview with
// two linked speakers and an unlinked interviewer, field notes about one owner, a report about two informants with no
// linked speaker and no date, a later interview, a code with a sub-code, and codings that overlap and span turns.
import type { MatrixData, MatrixSource } from '../../../../shared/analysis/index.ts';
import type { Code, Coding, Informant, SourceKind, Turn } from '../../../../shared/model/index.ts';

const AT = '2024-01-01T00:00:00.000Z';

const informant = (id: string, pseudonym: string, role: string): Informant => ({
  id, projectId: 'p', pseudonym, role, attributes: {}, realName: null, createdAt: AT, updatedAt: AT,
});

const code = (id: string, name: string, parentId: string | null, order: number): Code => ({
  id, projectId: 'p', parentId, order, name, color: '#336699', definition: '', inclusionCriteria: '', exclusionCriteria: '',
  example: '', modelRole: null, status: 'draft', createdAt: AT, updatedAt: AT,
});

type SourceSpec = { id: string; title: string; kind: SourceKind; date: string | null; informantIds: string[]; speakerLinks: Record<string, string> };

/** Lays the blocks out as the importers store them: labels out, blank lines between. */
const source = (spec: SourceSpec, blocks: [string | null, string][]): MatrixSource => {
  let text = '';
  const turns: Turn[] = [];
  for (const [speaker, words] of blocks) {
    if (text !== '') text += '\n\n';
    turns.push({ start: text.length, end: text.length + words.length, speaker, timestamp: null });
    text += words;
  }
  return { ...spec, text, turns };
};

const sources = [
  source({ id: 's1', title: 'Interview Dewi & Budi', kind: 'interview', date: '2024-02-10', informantIds: ['dewi', 'budi'], speakerLinks: { Dewi: 'dewi', Budi: 'budi' } },
    [['Interviewer', 'Who buys your drums?'], ['Dewi', 'Shops in Den Haag.'], ['Budi', 'Tourists in Bali.']]),
  source({ id: 's2', title: 'Workshop notes', kind: 'observation', date: '2024-08-01', informantIds: ['harjo'], speakerLinks: {} },
    [[null, 'Morning at the workshop.'], [null, 'Four carvers at work.']]),
  source({ id: 's3', title: 'Association report', kind: 'document', date: null, informantIds: ['wulan', 'harjo'], speakerLinks: {} },
    [[null, 'Training twice a year.']]),
  source({ id: 's4', title: 'Interview Wulan', kind: 'interview', date: '2025-01-15', informantIds: ['wulan'], speakerLinks: { Wulan: 'wulan' } },
    [['Interviewer', 'Who trains you?'], ['Wulan', 'The district office trains us.']]),
];

/** A coding of `codeId` from the first character of `from` to the last of `to` in source `sourceId`. */
export const fixtureCoding = (id: string, codeId: string, sourceId: string, from: string, to = from, coderId = 'r1'): Coding => {
  const { text } = sources.find((candidate) => candidate.id === sourceId) ?? sources[0];
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  if (start < 0 || end < start + from.length) throw new Error(`no "${from}"…"${to}" in ${sourceId}`);
  return { id, projectId: 'p', sourceId, codeId, start, end, coderId, createdAt: AT };
};

export const matrixData: MatrixData = {
  informants: [informant('dewi', 'Dewi', 'diaspora'), informant('budi', 'Budi', 'owner'), informant('harjo', 'Harjo', 'owner'),
    informant('wulan', 'Wulan', 'association'), informant('sari', 'Sari', '')],
  sources,
  codes: [code('net', 'Networks', null, 0), code('learn', 'Learning', 'net', 0), code('collab', 'Collaboration', null, 1), code('advocacy', 'Advocacy', null, 2)],
  codings: [
    fixtureCoding('c1', 'net', 's1', 'Shops in Den Haag.'), // Dewi's turn: 4 words
    fixtureCoding('c2', 'learn', 's1', 'Den Haag', 'Bali.'), // over Dewi's and Budi's turns: 5 words
    fixtureCoding('c3', 'collab', 's1', 'Who buys your drums?'), // the unlinked interviewer: 4 words
    fixtureCoding('c4', 'net', 's2', 'Morning at the workshop.', 'Morning at the workshop.', 'r2'), // the sole informant Harjo: 4 words
    fixtureCoding('c5', 'collab', 's2', 'the workshop.', 'Four carvers'), // overlaps c4: 4 words
    fixtureCoding('c6', 'net', 's3', 'Training twice a year.'), // two informants, no link: no one
    fixtureCoding('c7', 'learn', 's4', 'The district office trains us.'), // Wulan: 5 words
    fixtureCoding('c8', 'net', 's2', 'at the workshop.'), // inside c4, same code: 3 words, all already coded
  ],
};
