// Coded-excerpt CSV: round-trips through an RFC 4180 parser, keeps non-ASCII text, guards formulas, has a BOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Code, Coding, Memo } from '../../../../shared/model/index.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import type { Informant } from '../../../../shared/model/informant.ts';
import type { Source } from '../../../../shared/model/source.ts';
import { buildExcerptsCsv, collectCodedExcerpts, countExcerpts, encodeCsv, guardFormula, type ExcerptData } from '../../../../shared/export/index.ts';

/** A strict RFC 4180 parser: quoted fields with doubled quotes, CRLF record ends. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (char === '"') {
        quoted = false;
        index += 1;
      } else {
        field += char;
        index += 1;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      index += 1;
    } else if (char === ',') {
      row.push(field);
      field = '';
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 2;
    } else if (char === '\r' || char === '\n' || char === '"') {
      throw new Error(`bare ${JSON.stringify(char)} at ${index}`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
};

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const base = { projectId: 'p', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

const code = (id: string, name: string, parentId: string | null, order: number): Code => ({
  ...base, id, parentId, order, name, color: '#1f77b4', definition: '', inclusionCriteria: '', exclusionCriteria: '', example: '', modelRole: null, status: 'draft',
});

// As the importers store it: speaker labels kept out of the text, blocks separated by a blank line.
const text =
  'Siapa yang membantu?\n\nSaya promosi kendang di "Pasar Malam", Den Haag, sejak 2017.\nWong Jawa seneng.\n\n=SUM(A1) -5 kiriman';

const at = (words: string): { start: number; end: number } => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

const source: Source = {
  ...base,
  id: 's1', kind: 'interview', title: 'I05 diaspora, Den Haag', informantIds: ['inf-dewi'], speakerLinks: { Dewi: 'inf-dewi' }, date: null, language: 'id',
  format: 'md', originalFileName: 'i05.md', sha256: '', byteSize: 0, text, importedAt: base.createdAt,
  turns: [
    { start: 0, end: text.indexOf('\n\nSaya'), speaker: 'Interviewer', timestamp: null },
    { start: text.indexOf('Saya'), end: text.indexOf('\n\n=SUM'), speaker: 'Dewi', timestamp: '00:01:02' },
    { start: text.indexOf('=SUM'), end: text.length, speaker: null, timestamp: null },
  ],
};

const observation: Source = { ...source, id: 's2', kind: 'observation', title: 'O01 field notes', informantIds: [], speakerLinks: {}, turns: [], text: 'Café élan — réunion.' };

const informant: Informant = { ...base, id: 'inf-dewi', pseudonym: 'Dewi', role: 'diaspora actor', attributes: {}, realName: 'Real Name Never Exported' };

const coding = (id: string, codeId: string, sourceId: string, range: { start: number; end: number }, coderId = 'coder-ana'): Coding => ({
  ...base, id, codeId, sourceId, start: range.start, end: range.end, coderId,
});

const coders: Coder[] = [
  { ...base, id: 'coder-ana', name: 'Ana Wulandari', initials: 'AW' },
  { ...base, id: 'coder-budi', name: 'Budi', initials: 'B' },
];

const memo: Memo = { ...base, id: 'm1', target: { kind: 'coding', id: 'g1' }, targetKey: 'coding:g1', title: '', content: '{}', plainText: 'Check with\nDewi, later: "yes"', authorId: 'coder-ana' };
/** An older memo about the same coding: the newer one is the coding's memo, whatever the order they come in. */
const olderMemo: Memo = { ...memo, id: 'm0', plainText: 'First thought', updatedAt: '2024-06-01T00:00:00.000Z' };
/** A memo about the code, not about a coding: no excerpt shows it. */
const codeMemo: Memo = { ...memo, id: 'm2', target: { kind: 'code', id: 'x' }, targetKey: 'code:x', plainText: 'About the code' };

const data: ExcerptData = {
  codes: [code('d', 'Diaspora', null, 0), code('d1', 'Promotion abroad', 'd', 0), code('x', 'Challenges / negative evidence', null, 1)],
  codings: [
    coding('g1', 'd1', 's1', at('Saya promosi kendang di "Pasar Malam", Den Haag, sejak 2017.\nWong Jawa seneng.')),
    coding('g2', 'x', 's1', at('=SUM(A1) -5 kiriman')),
    coding('g3', 'd', 's2', { start: 0, end: observation.text.length }, 'coder-budi'),
    coding('g4', 'd', 's1', at('Siapa yang membantu?')),
    coding('g5', 'x', 's1', at(' Den Haag, ')),
    coding('g6', 'x', 's1', at('membantu?\n\nSaya promosi')),
  ],
  sources: [source, observation],
  informants: [informant],
  memos: [memo, olderMemo, codeMemo],
  coders,
};

describe('buildExcerptsCsv', () => {
  const excerpts = collectCodedExcerpts(data, { codeIds: ['d', 'x'] });
  const bytes = buildExcerptsCsv(excerpts);

  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = decode(bytes.slice(3));
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('round-trips every excerpt, with commas, quotes, newlines, spaces and non-ASCII text intact', () => {
    const rows = parseCsv(decode(bytes.slice(3)));
    expect(rows[0]).toEqual([
      'Code', 'Excerpt', 'Source', 'Speaker', 'Informant', 'Role', 'Source kind', 'Start', 'End', 'First paragraph', 'Last paragraph', 'Timestamp',
      'Coder', 'Memo',
    ]);
    expect(rows).toHaveLength(1 + excerpts.length);
    const byStart = new Map(rows.slice(1).map((row) => [`${row[2]}@${row[7]}`, row]));
    const promotion = byStart.get(`I05 diaspora, Den Haag@${at('Saya').start}`);
    expect(promotion).toEqual([
      'Diaspora / Promotion abroad',
      'Saya promosi kendang di "Pasar Malam", Den Haag, sejak 2017.\nWong Jawa seneng.',
      'I05 diaspora, Den Haag',
      'Dewi',
      'Dewi',
      'diaspora actor',
      'Interview',
      String(data.codings[0].start),
      String(data.codings[0].end),
      '2',
      '2',
      '00:01:02',
      'Ana Wulandari',
      'Check with\nDewi, later: "yes"',
    ]);
    expect(byStart.get(`I05 diaspora, Den Haag@${at(' Den Haag, ').start}`)?.[1]).toBe(' Den Haag, ');
    expect(byStart.get('O01 field notes@0')?.slice(1, 12)).toEqual(['Café élan — réunion.', 'O01 field notes', '', '', '', 'Observation', '0', '20', '1', '1', '']);
    // An excerpt over two turns: both speakers, the turn boundary inside its text, both paragraphs; offsets stay exact.
    const spanning = byStart.get(`I05 diaspora, Den Haag@${at('membantu?').start}`);
    expect(spanning?.slice(1, 12)).toEqual([
      'Interviewer: membantu? / Dewi: Saya promosi', 'I05 diaspora, Den Haag', 'Interviewer; Dewi', 'Dewi', 'diaspora actor', 'Interview',
      String(data.codings[5].start), String(data.codings[5].end), '1', '2', '',
    ]);
    expect(decode(bytes)).not.toContain('Real Name Never Exported');
  });

  it('guards text cells that a spreadsheet would run as a formula', () => {
    const rows = parseCsv(decode(bytes.slice(3)));
    const challenge = rows.find((row) => row[0] === 'Challenges / negative evidence' && row[1].includes('SUM'));
    expect(challenge?.[1]).toBe("'=SUM(A1) -5 kiriman");
    expect(guardFormula('-5')).toBe("'-5");
    expect(guardFormula('@cmd')).toBe("'@cmd");
    expect(guardFormula('+1')).toBe("'+1");
    expect(guardFormula(' =1')).toBe(' =1');
    expect(guardFormula('Pameran')).toBe('Pameran');
  });

  it('round-trips arbitrary cells through the parser', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', 'ꦗ', ',', '"', '\n', '\r', ' ', ';', '😀', 'x'), maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const safeRows = rows.map((row) => row.map((value) => `k${value}`));
        expect(parseCsv(encodeCsv(safeRows))).toEqual(safeRows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('collectCodedExcerpts', () => {
  it('follows sub-codes unless told not to, in code-tree order', () => {
    expect(collectCodedExcerpts(data, { codeIds: ['d'] }).map((excerpt) => excerpt.coding.id)).toEqual(['g4', 'g3', 'g1']);
    expect(collectCodedExcerpts(data, { codeIds: ['d'], includeSubCodes: false }).map((excerpt) => excerpt.coding.id)).toEqual(['g4', 'g3']);
  });

  it('filters by informant role, source kind and coder', () => {
    const ids = (query: Parameters<typeof collectCodedExcerpts>[1]): string[] => collectCodedExcerpts(data, query).map((excerpt) => excerpt.coding.id);
    expect(ids({ codeIds: ['d', 'x'], roles: ['diaspora actor'] })).toEqual(['g1', 'g6', 'g5']);
    expect(ids({ codeIds: ['d', 'x'], informants: ['inf-dewi'] })).toEqual(['g1', 'g6', 'g5']);
    expect(ids({ codeIds: ['d', 'x'], roles: [''] })).toEqual(['g4', 'g3', 'g2']);
    expect(ids({ codeIds: ['d', 'x'], sourceKinds: ['observation'] })).toEqual(['g3']);
    expect(ids({ codeIds: ['d', 'x'], coders: ['coder-budi'] })).toEqual(['g3']);
  });

  it("shows each coding's newest memo and its coder's name", () => {
    const byId = new Map(collectCodedExcerpts(data, { codeIds: ['d', 'x'] }).map((excerpt) => [excerpt.coding.id, excerpt]));
    expect(byId.get('g1')?.memo).toBe('Check with\nDewi, later: "yes"');
    expect(byId.get('g2')?.memo).toBe('');
    expect(byId.get('g1')?.coderName).toBe('Ana Wulandari');
    expect(byId.get('g3')?.coderName).toBe('Budi');
    const reordered = collectCodedExcerpts({ ...data, memos: [olderMemo, memo] }, { codeIds: ['d1'] });
    expect(reordered.map((excerpt) => excerpt.memo)).toEqual(['Check with\nDewi, later: "yes"']);
    const unknownCoder = collectCodedExcerpts({ ...data, coders: [] }, { codeIds: ['d1'] });
    expect(unknownCoder.map((excerpt) => excerpt.coderName)).toEqual(['']);
  });

  it('credits an unlinked speaker (the interviewer) and a plain paragraph to no informant when a speaker is linked', () => {
    const [question] = collectCodedExcerpts(data, { codeIds: ['d'], sourceKinds: ['interview'], includeSubCodes: false });
    expect(question.speakers).toEqual(['Interviewer']);
    expect(question.informants).toEqual([]);
    const [formula] = collectCodedExcerpts(data, { codeIds: ['x'], coders: ['coder-ana'] }).filter((excerpt) => excerpt.coding.id === 'g2');
    expect(formula.informants).toEqual([]);
  });

  it('credits every excerpt of a source with one informant and no linked speaker to that informant', () => {
    const unlinked = { ...data, sources: data.sources.map((s) => ({ ...s, speakerLinks: {} })) };
    const [question] = collectCodedExcerpts(unlinked, { codeIds: ['d'], sourceKinds: ['interview'], includeSubCodes: false });
    expect(question.speakers).toEqual(['Interviewer']);
    expect(question.informants).toEqual([{ id: 'inf-dewi', pseudonym: 'Dewi', role: 'diaspora actor' }]);
  });
});

describe('countExcerpts', () => {
  it('counts excerpts per code, role and kind', () => {
    const counts = countExcerpts(collectCodedExcerpts(data, { codeIds: ['d', 'x'] }));
    expect(counts.total).toBe(6);
    expect(counts.byCode.get('d')).toBe(2);
    expect(counts.byCode.get('x')).toBe(3);
    expect(counts.byRole.get('diaspora actor')).toBe(3);
    // The interviewer's question, the plain paragraph after the turns and the observation note belong to no informant.
    expect(counts.byRole.get('')).toBe(3);
    expect(counts.byKind.get('observation')).toBe(1);
  });
});
