// The supervisors' codebook built from the example project in memory: every code in tree order with its colour and
// texts, counts that match the retrieval's own, the anchor example (first passage, or the researcher's choice while it
// holds), the change history with a rename, pseudonymisation, the Indonesian document, and repeatable output.
import { beforeAll, describe, expect, it } from 'vitest';
import { renameCode } from '../../../shared/codebook/codeEdits.ts';
import { collectCodedExcerpts } from '../../../shared/export/codedExcerpts.ts';
import type { Code, Id } from '../../../shared/model/index.ts';
import { commitToSnapshot } from '../../../shared/project/applyToSnapshot.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';
import { snapshotRows, type ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';
import { excerptData } from '../../../shared/projectFile/snapshotData.ts';
import { buildCodebookDocument, type CodebookOptions } from '../../../shared/report/codebookContent.ts';
import type { ReportBlock, ReportDocument, ReportFacts, ReportHeading, ReportQuote } from '../../../shared/report/reportDocument.ts';
import { buildExampleSnapshot, exampleCoder } from './codebookExample.ts';

const OPTIONS: CodebookOptions = { language: 'en', includeHistory: false, pseudonymise: false, generatedAt: '2025-06-02T09:30:00.000Z' };

let example: ProjectSnapshot;
beforeAll(async () => {
  example = await buildExampleSnapshot();
});

const codeBlocksOf = (document: ReportDocument): ReportBlock[] => document.sections.find((section) => section.id === 'codes')?.blocks ?? [];

/** Each code's blocks, from its heading to the next heading. */
const entriesOf = (document: ReportDocument): { heading: ReportHeading; blocks: ReportBlock[] }[] => {
  const entries: { heading: ReportHeading; blocks: ReportBlock[] }[] = [];
  for (const block of codeBlocksOf(document)) {
    if (block.kind === 'heading') entries.push({ heading: block, blocks: [] });
    else entries.at(-1)?.blocks.push(block);
  }
  return entries;
};

/** A code's entry by its place in the tree (names repeat under different parents). */
const entryOf = (document: ReportDocument, snapshot: ProjectSnapshot, codeId: Id) => {
  const index = treeOrder(snapshotRows(snapshot, 'codes')).findIndex(({ code }) => code.id === codeId);
  const entry = entriesOf(document)[index];
  if (entry === undefined) throw new Error(`no entry for ${codeId}`);
  return entry;
};


const factsOf = (blocks: readonly ReportBlock[]): Map<string, string> =>
  new Map(blocks.filter((block): block is ReportFacts => block.kind === 'facts').flatMap((block) => block.items.map((item) => [item.label, item.value] as const)));

const quoteOf = (blocks: readonly ReportBlock[]): ReportQuote | undefined => blocks.find((block): block is ReportQuote => block.kind === 'quote');

const textsOf = (blocks: readonly ReportBlock[]): string[] => blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? block.items : []));

/** The tree order worked out here on its own: siblings by `order`, depth first. */
const treeOrder = (codes: readonly Code[]): { code: Code; depth: number }[] => {
  const walk = (parentId: Id | null, depth: number): { code: Code; depth: number }[] =>
    codes.filter((code) => code.parentId === parentId).sort((a, b) => a.order - b.order)
      .flatMap((code) => [{ code, depth }, ...walk(code.id, depth + 1)]);
  return walk(null, 0);
};

/** The codes with the most codings and with two or more, for the anchor tests. */
const codeWithCodings = (snapshot: ProjectSnapshot, atLeast: number): Code => {
  const codings = snapshotRows(snapshot, 'codings');
  const code = snapshotRows(snapshot, 'codes').find((candidate) => codings.filter((coding) => coding.codeId === candidate.id).length >= atLeast);
  if (code === undefined) throw new Error(`no code with ${atLeast} codings`);
  return code;
};

const withCode = (snapshot: ProjectSnapshot, code: Code): Promise<ProjectSnapshot> =>
  commitToSnapshot(snapshot, { change: tableChange('codes', [code]), audit: null }, { actor: exampleCoder, at: '2025-06-03T08:00:00.000Z' });

describe('the codebook document', () => {
  it('has the title page and lists every code once, in tree order, with its colour, level and texts', () => {
    const document = buildCodebookDocument(example, OPTIONS);
    const project = snapshotRows(example, 'projects')[0];
    expect(document).toMatchObject({ language: 'en', title: project.name, subtitle: 'Codebook', dateLine: 'Generated on Jun 2, 2025', generatedAt: OPTIONS.generatedAt });
    expect(document.sections.map((section) => section.title)).toEqual(['Overview', 'Codes']);
    const codes = snapshotRows(example, 'codes');
    const expected = treeOrder(codes);
    const entries = entriesOf(document);
    expect(entries.map((entry) => entry.heading.text)).toEqual(expected.map(({ code }) => code.name));
    expect(entries.map((entry) => entry.heading.color)).toEqual(expected.map(({ code }) => code.color));
    expect(entries.map((entry) => entry.heading.level)).toEqual(expected.map(({ depth }) => Math.min(2 + depth, 4)));
    for (const [index, { code }] of expected.entries()) {
      const facts = factsOf(entries[index].blocks);
      expect(facts.get('Definition')).toBe(code.definition.trim() === '' ? 'Not written yet' : code.definition.trim());
      expect(facts.get('Inclusion criteria')).toBe(code.inclusionCriteria.trim() === '' ? 'Not written yet' : code.inclusionCriteria.trim());
      expect(facts.get('Status')).toBe(code.status === 'draft' ? 'Draft' : 'Stable');
      expect(facts.get('Model role')).toBe(code.modelRole ?? undefined);
      expect(facts.get('Sub-code of')).toBe(codes.find((parent) => parent.id === code.parentId)?.name);
    }
    expect(textsOf(document.sections[0].blocks)[0]).toBe(`${codes.length} codes (${codes.filter((code) => code.parentId === null).length} at the top level), applied in ${snapshotRows(example, 'codings').length} coded segments across 5 sources.`);
  });

  it('counts segments, sources and informants as the retrieval does', () => {
    const document = buildCodebookDocument(example, OPTIONS);
    const data = excerptData(example);
    let informantsSeen = 0;
    for (const code of data.codes) {
      const excerpts = collectCodedExcerpts(data, { codeIds: [code.id], includeSubCodes: false }, 'en');
      const informants = new Set(excerpts.flatMap((excerpt) => excerpt.informants.map((person) => person.id)));
      informantsSeen += informants.size;
      const facts = factsOf(entryOf(document, example, code.id).blocks);
      expect(facts.get('Segments')).toBe(String(excerpts.length));
      expect(facts.get('Sources')).toBe(String(new Set(excerpts.map((excerpt) => excerpt.sourceId)).size));
      expect(facts.get('Informants')).toBe(String(informants.size));
    }
    expect(informantsSeen).toBeGreaterThan(0);
  });

  it('quotes the first coded passage when no anchor is chosen, and says so when a code has none', () => {
    const document = buildCodebookDocument(example, OPTIONS);
    const code = codeWithCodings(example, 2);
    const [first] = collectCodedExcerpts(excerptData(example), { codeIds: [code.id], includeSubCodes: false }, 'en');
    const { blocks } = entryOf(document, example, code.id);
    expect(textsOf(blocks)).toContain('Anchor example, the first coded passage:');
    const person = first.informants[0];
    expect(quoteOf(blocks)).toEqual({ kind: 'quote', text: first.text, tag: expect.stringMatching(new RegExp(`^\\[${person.pseudonym} · ${person.role} · interview · `)) as unknown });
    const uncoded = snapshotRows(example, 'codes').find((candidate) => !snapshotRows(example, 'codings').some((coding) => coding.codeId === candidate.id));
    expect(uncoded).toBeDefined();
    const empty = entryOf(document, example, uncoded?.id ?? '').blocks;
    expect(quoteOf(empty)).toBeUndefined();
    expect(textsOf(empty)).toContain('No passage is coded with this code yet, so there is no anchor example.');
  });

  it('quotes the researcher’s chosen anchor while it is one of the code’s codings', async () => {
    const code = codeWithCodings(example, 2);
    const excerpts = collectCodedExcerpts(excerptData(example), { codeIds: [code.id], includeSubCodes: false }, 'en');
    const last = excerpts.at(-1);
    if (last === undefined) throw new Error('no excerpts');
    const chosen = await withCode(example, { ...code, anchorCodingId: last.coding.id } as Code);
    const blocks = entryOf(buildCodebookDocument(chosen, OPTIONS), chosen, code.id).blocks;
    expect(textsOf(blocks)).toContain('Anchor example, chosen by the researcher:');
    expect(quoteOf(blocks)?.text).toBe(last.text);
    expect(last.text).not.toBe(excerpts[0].text);

    const foreign = snapshotRows(example, 'codings').find((coding) => coding.codeId !== code.id);
    const stale = await withCode(example, { ...code, anchorCodingId: foreign?.id ?? 'gone' } as Code);
    const fallback = entryOf(buildCodebookDocument(stale, OPTIONS), stale, code.id).blocks;
    expect(textsOf(fallback)).toContain('Anchor example, the first coded passage:');
    expect(quoteOf(fallback)?.text).toBe(excerpts[0].text);
  });

  it('lists a code’s change history from the audit trail, with a rename, only when asked', async () => {
    const code = codeWithCodings(example, 1);
    const outcome = renameCode({ codes: snapshotRows(example, 'codes'), codings: snapshotRows(example, 'codings') }, code.id, 'Renamed for the test');
    const renamed = await commitToSnapshot(example, {
      change: outcome.change,
      audit: { projectId: code.projectId, action: 'rename', objectType: 'code', objectId: code.id, detail: `${code.name} → Renamed for the test` },
    }, { actor: exampleCoder, at: '2025-06-03T08:00:00.000Z' });

    const withHistory = entryOf(buildCodebookDocument(renamed, { ...OPTIONS, includeHistory: true }), renamed, code.id);
    expect(withHistory.heading.text).toBe('Renamed for the test');
    expect(textsOf(withHistory.blocks)).toContain('Change history:');
    expect(withHistory.blocks).toContainEqual({ kind: 'list', ordered: false, items: [`Jun 3, 2025 — Renamed “${code.name}” to “Renamed for the test”`] });
    const other = entriesOf(buildCodebookDocument(renamed, { ...OPTIONS, includeHistory: true })).find((entry) => entry.heading.text !== 'Renamed for the test');
    expect(textsOf(other?.blocks ?? [])).toContain('No changes recorded in the audit trail.');

    const without = entryOf(buildCodebookDocument(renamed, OPTIONS), renamed, code.id).blocks;
    expect(textsOf(without)).not.toContain('Change history:');
    expect(JSON.stringify(without)).not.toContain('Renamed “');
  });

  it('leaves no informant’s real name when pseudonymised, and keeps what was written otherwise', async () => {
    const informants = snapshotRows(example, 'informants');
    const harjo = informants.find((informant) => informant.pseudonym === 'Harjo');
    if (harjo === undefined) throw new Error('no Harjo');
    const code = codeWithCodings(example, 1);
    const [project] = snapshotRows(example, 'projects');
    const memo = {
      id: 'memo-harjo', projectId: project.id, target: { kind: 'code' as const, id: code.id }, targetKey: `code:${code.id}`, title: 'After talking to Harjo',
      content: '{}', plainText: 'Harjo said the exporter decides everything.\nAsk Harjo again.', authorId: exampleCoder.id, createdAt: '2025-06-03T08:00:00.000Z', updatedAt: '2025-06-03T08:00:00.000Z',
    };
    let named = await commitToSnapshot(example, { change: tableChange('informants', [{ ...harjo, pseudonym: 'Owner A', realName: 'Harjo' }]), audit: null }, { actor: exampleCoder, at: '2025-06-03T08:00:00.000Z' });
    named = await commitToSnapshot(named, { change: tableChange('memos', [memo]), audit: null }, { actor: exampleCoder, at: '2025-06-03T08:00:00.000Z' });

    const plain = buildCodebookDocument(named, OPTIONS);
    const memoBlocks = entryOf(plain, named, code.id).blocks;
    expect(textsOf(memoBlocks)).toEqual(expect.arrayContaining(['Memo “After talking to Harjo”:', 'Harjo said the exporter decides everything.', 'Ask Harjo again.']));
    expect(JSON.stringify(plain)).toMatch(/Harjo/);

    const masked = buildCodebookDocument(named, { ...OPTIONS, pseudonymise: true });
    expect(JSON.stringify(masked)).not.toMatch(/Harjo/i);
    expect(textsOf(entryOf(masked, named, code.id).blocks)).toContain('Owner A said the exporter decides everything.');
    expect(textsOf(masked.sections[0].blocks)).toContain('Real names of informants are replaced by their pseudonyms throughout.');
  });

  it('speaks Bahasa Indonesia when asked', () => {
    const document = buildCodebookDocument(example, { ...OPTIONS, language: 'id', includeHistory: true });
    expect(document.subtitle).toBe('Buku kode');
    expect(document.dateLine).toBe('Dibuat pada 2 Jun 2025');
    expect(document.sections.map((section) => section.title)).toEqual(['Ringkasan', 'Kode']);
    const code = codeWithCodings(example, 2);
    const { blocks } = entryOf(document, example, code.id);
    expect([...factsOf(blocks).keys()]).toEqual(expect.arrayContaining(['Status', 'Segmen', 'Sumber', 'Informan', 'Definisi', 'Kriteria inklusi', 'Kriteria eksklusi', 'Contoh']));
    expect(factsOf(blocks).get('Status')).toBe('Draf');
    expect(quoteOf(blocks)?.tag).toContain(' · wawancara · ');
    expect(textsOf(blocks)).toEqual(expect.arrayContaining(['Contoh jangkar, bagian berkode pertama:', 'Riwayat perubahan:']));
    expect(JSON.stringify(document)).not.toMatch(/Codebook|Definition|Segments|Anchor example/);
  });

  it('gives the same document for the same project, whatever order its rows come in', () => {
    const first = buildCodebookDocument(example, { ...OPTIONS, includeHistory: true });
    const tables = example.tables;
    const shuffled: ProjectSnapshot = {
      ...example,
      tables: { ...tables, codes: [...(tables.codes ?? [])].reverse(), codings: [...(tables.codings ?? [])].reverse(), sources: [...(tables.sources ?? [])].reverse(), memos: [...(tables.memos ?? [])].reverse() },
    };
    expect(buildCodebookDocument(shuffled, { ...OPTIONS, includeHistory: true })).toEqual(first);
    expect(JSON.stringify(buildCodebookDocument(example, { ...OPTIONS, includeHistory: true }))).toBe(JSON.stringify(first));
  });
});
