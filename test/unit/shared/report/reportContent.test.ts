// The ecosystem-model report of the shipped example project (issue 11): all four model roles with their conclusions,
// the ecosystem figure naming its nodes, the single-source conclusion named under limitations, no real name when
// pseudonymised, the same document twice, Indonesian throughout when asked, and the options honoured.
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CONCLUSIONS } from '../../../../shared/example/exampleConclusionContent.ts';
import { EXAMPLE_DISPLAY_NAMES } from '../../../../shared/example/exampleDisplayContent.ts';
import { formatDate } from '../../../../shared/i18n/translate.ts';
import type { Informant, Memo } from '../../../../shared/model/index.ts';
import { snapshotRows, type ProjectSnapshot } from '../../../../shared/projectFile/projectSnapshot.ts';
import { buildReportDocument } from '../../../../shared/report/reportContent.ts';
import type { ReportBlock, ReportDocument, ReportFigure, ReportSection } from '../../../../shared/report/reportDocument.ts';
import { defaultReportOptions, type ReportOptions } from '../../../../shared/report/reportOptions.ts';
import { exampleSnapshot } from './exampleSnapshot.ts';

const GENERATED_AT = '2025-07-01T09:30:00.000Z';
const options = (change: Partial<ReportOptions> = {}): ReportOptions => ({ ...defaultReportOptions('en', GENERATED_AT), pseudonymise: false, ...change });

const statementOf = (key: string): string => EXAMPLE_CONCLUSIONS.find((content) => content.key === key)?.statement ?? '';

const section = (document: ReportDocument, id: string): ReportSection => {
  const found = document.sections.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No section ${id}`);
  return found;
};

/** The blocks after the heading with `text`, up to the next heading of its level or above. */
const under = (blocks: readonly ReportBlock[], text: string): ReportBlock[] => {
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.text === text);
  if (start < 0) return [];
  const level = (blocks[start] as { level: number }).level;
  const end = blocks.findIndex((block, index) => index > start && block.kind === 'heading' && block.level <= level);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
};

const headings = (blocks: readonly ReportBlock[], level: number): string[] =>
  blocks.flatMap((block) => (block.kind === 'heading' && block.level === level ? [block.text] : []));

const allBlocks = (document: ReportDocument): ReportBlock[] => document.sections.flatMap((candidate) => candidate.blocks);
const texts = (blocks: readonly ReportBlock[]): string => JSON.stringify(blocks);

/** The example with two informants given real names that its texts use ("Pak Harjo", "Mbak Rina"). */
const withRealNames = (snapshot: ProjectSnapshot): ProjectSnapshot => {
  const named: Record<string, Pick<Informant, 'pseudonym' | 'realName'>> = {
    Harjo: { pseudonym: 'Owner A', realName: 'Harjo' }, Rina: { pseudonym: 'Diaspora B', realName: 'Rina' },
  };
  const informants = snapshotRows(snapshot, 'informants').map((informant) => ({ ...informant, ...named[informant.pseudonym] }));
  return { ...snapshot, tables: { ...snapshot.tables, informants } };
};

let example: ProjectSnapshot;
let english: ReportDocument;

describe('the ecosystem-model report of the example project', () => {
  beforeAll(async () => {
    example = await exampleSnapshot();
    english = await buildReportDocument(example, options());
  }, 60_000);

  it('has the title page of the project, in the report language, dated by the options', () => {
    expect(english.title).toBe(snapshotRows(example, 'projects')[0].name);
    expect(english.subtitle).toBe('Ecosystem-model report');
    expect(english.dateLine).toBe('Jul 1, 2025');
    expect(english.generatedAt).toBe(GENERATED_AT);
    // The title section is the title page itself: its facts stand under the date line, not under a heading.
    expect(english.titleBlocks.map((block) => block.kind)).toEqual(['facts']);
    expect(english.sections.map((candidate) => candidate.id)).toEqual([
      'questions', 'context', 'method', 'codeTree', 'findings', 'displays', 'model', 'trustworthiness', 'limitations', 'appendices',
    ]);
  });

  it('gives all four model roles a section with their conclusions, as written', () => {
    const findings = section(english, 'findings').blocks;
    expect(headings(findings, 2)).toEqual(['Entry point', 'Value creator', 'Market connector', 'Capacity builder']);
    const expected: [string, string[]][] = [
      ['Entry point', ['networks']], ['Value creator', ['collaboration']], ['Market connector', ['diaspora', 'phone']],
      ['Capacity builder', ['associations', 'associations-rival']],
    ];
    for (const [role, keys] of expected) {
      expect(headings(under(findings, role), 3).sort()).toEqual(keys.map(statementOf).sort());
    }
    expect(headings(under(findings, 'Capacity builder'), 3)).toEqual([statementOf('associations'), statementOf('associations-rival')]);
    const contested = under(findings, statementOf('associations'));
    expect(texts(contested)).toContain('Contested — 1 disconfirming item is not resolved');
    expect(texts(under(contested, 'Disconfirming evidence'))).toContain('not resolved yet');
    expect(texts(under(contested, 'Disconfirming evidence'))).toContain('explained: ');
  });

  it('tags each quote with pseudonym, role, source kind and date', () => {
    const quotes = allBlocks(english).filter((block) => block.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(10);
    expect(quotes.map((quote) => quote.tag)).toContain('[Harjo · owner · interview · Mar 12, 2024]');
  });

  it('draws the ecosystem figure from the network display and names its unevidenced relations in the text', () => {
    const model = section(english, 'model').blocks;
    const figure = model.find((block): block is ReportFigure => block.kind === 'figure');
    expect(figure).toBeDefined();
    const display = snapshotRows(example, 'displays').find((candidate) => candidate.name === EXAMPLE_DISPLAY_NAMES.network);
    const nodes = display?.definition.kind === 'network' ? display.definition.nodes : [];
    expect(nodes.length).toBeGreaterThan(3);
    for (const node of nodes) expect(figure?.svg).toContain(`<title>${node.label}</title>`);
    expect(figure?.svg).toContain('stroke-dasharray');
    // Drawn once: the displays section points at this figure instead of drawing it again.
    expect(figure?.caption).toBe('Figure 1. Ecosystem network');
    expect(section(english, 'displays').blocks).toContainEqual({ kind: 'paragraph', style: 'note', text: 'Drawn as the figure of “The ecosystem model”.' });
    const unevidenced = under(model, 'Relations without evidence');
    expect(unevidenced).toEqual([{ kind: 'list', ordered: false, items: ['Business associations — Diaspora: synergy'] }]);
  });

  it('names the single-source conclusion under limitations', () => {
    const limits = section(english, 'limitations').blocks;
    const single = under(limits, 'Single-source conclusions');
    expect(single).toHaveLength(1);
    expect(single[0].kind === 'list' && single[0].items.some((item) => item.startsWith(statementOf('phone')))).toBe(true);
    expect(texts(under(limits, 'Contested conclusions'))).toContain(statementOf('associations'));
  });

  it('lists informants by role under pseudonyms only, and every conclusion in the trustworthiness table', () => {
    const method = section(english, 'method').blocks;
    const table = method.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((row) => row[0])).toEqual(
      ['association representative', 'craftsman', 'diaspora actor', 'owner', 'partner/distributor'],
    );
    const trust = section(english, 'trustworthiness').blocks[0];
    expect(trust.kind === 'table' && trust.rows.map((row) => row[0]).sort()).toEqual(EXAMPLE_CONCLUSIONS.map((content) => content.statement).sort());
  });

  it('leaves no informant’s real name in the document when pseudonymised, and keeps them when not', async () => {
    const named = withRealNames(example);
    const realNames = snapshotRows(named, 'informants').flatMap((informant) => (informant.realName === null ? [] : [informant.realName.toLowerCase()]));
    expect(realNames).toEqual(expect.arrayContaining(['harjo', 'rina']));
    const plain = JSON.stringify(await buildReportDocument(named, options({ pseudonymise: false }))).toLowerCase();
    expect(realNames.some((name) => plain.includes(name))).toBe(true);
    const pseudonymised = await buildReportDocument(named, options({ pseudonymise: true }));
    const all = JSON.stringify(pseudonymised).toLowerCase();
    for (const name of realNames) expect(all).not.toContain(name);
    expect(all).toContain('owner a');
  }, 60_000);

  it('is the same document when built twice with the same options', async () => {
    expect(await buildReportDocument(example, options())).toEqual(english);
    const indonesian = options({ pseudonymise: true, language: 'id', quotesPerConclusion: 4 });
    expect(await buildReportDocument(example, indonesian)).toEqual(await buildReportDocument(example, indonesian));
  }, 60_000);

  it('is in Bahasa Indonesia when asked: headings, labels, dates, numbers and the figure', async () => {
    const indonesian = await buildReportDocument(example, options({ language: 'id' }));
    expect(indonesian.language).toBe('id');
    expect(indonesian.subtitle).toBe('Laporan model ekosistem');
    expect(indonesian.dateLine).toBe(formatDate('2025-07-01', 'id'));
    expect(indonesian.dateLine).toMatch(/^1 Jul 2025$/);
    expect(indonesian.sections.map((candidate) => candidate.title)).toEqual([
      'Pertanyaan penelitian', 'Konteks', 'Metode', 'Pohon kode', 'Temuan', 'Display data', 'Model ekosistem',
      'Keterpercayaan', 'Keterbatasan', 'Lampiran',
    ]);
    const limits = section(indonesian, 'limitations').blocks;
    expect(headings(limits, 2)).toContain('Kesimpulan dari satu sumber');
    const quotes = allBlocks(indonesian).filter((block) => block.kind === 'quote');
    expect(quotes.map((quote) => quote.tag)).toContain('[Harjo · owner · wawancara · 12 Mar 2024]');
    const findings = texts(section(indonesian, 'findings').blocks);
    expect(findings).toContain('Tertriangulasi sebagian');
    expect(findings).not.toContain('Partly triangulated');
    const figure = section(indonesian, 'model').blocks.find((block): block is ReportFigure => block.kind === 'figure');
    expect(figure?.svg).toContain('Relasi tanpa bukti');
    expect(figure?.svg).not.toContain('Relations without evidence');
    const matrix = section(indonesian, 'displays').blocks.find((block) => block.kind === 'table');
    expect(texts([matrix ?? { kind: 'paragraph', text: '' }])).toContain('(1 informan / 5 kutipan)');
    const sources = section(indonesian, 'method').blocks.filter((block) => block.kind === 'table')[1];
    expect(sources.kind === 'table' && sources.rows[0][2]).toBe('12 Mar 2024');
  }, 60_000);

  it('shows only the chosen sections, in the chosen order, under the chosen titles', async () => {
    const chosen = await buildReportDocument(example, options({
      sections: [
        { id: 'limitations', included: true, title: 'What this study cannot say' },
        { id: 'findings', included: true, title: null },
        { id: 'title', included: false, title: null },
        { id: 'model', included: true, title: '  ' },
      ],
    }));
    expect(chosen.sections.map((candidate) => [candidate.id, candidate.title])).toEqual([
      ['limitations', 'What this study cannot say'], ['findings', 'Findings'], ['model', 'The ecosystem model'],
    ]);
    expect(section(chosen, 'model').blocks.find((block) => block.kind === 'figure')).toMatchObject({ id: 'figure-1', fileName: 'figure-1.svg' });
  }, 60_000);

  it('caps the quotes of each conclusion at the number asked for, and quotes nothing without excerpts', async () => {
    const quoteCounts = (document: ReportDocument): number[] => {
      const findings = section(document, 'findings').blocks;
      return EXAMPLE_CONCLUSIONS.map((content) => under(findings, content.statement).filter((block) => block.kind === 'quote').length);
    };
    const two = quoteCounts(await buildReportDocument(example, options({ quotesPerConclusion: 2 })));
    const five = quoteCounts(await buildReportDocument(example, options({ quotesPerConclusion: 5 })));
    expect(Math.max(...two)).toBe(2);
    expect(Math.max(...five)).toBeGreaterThan(2);
    expect(five.every((count) => count <= 5)).toBe(true);
    const bare = await buildReportDocument(example, options({ includeExcerpts: false }));
    expect(allBlocks(bare).filter((block) => block.kind === 'quote')).toEqual([]);
    expect(texts(section(bare, 'findings').blocks)).not.toContain('I only made drums for a trader from Surabaya');
  }, 60_000);

  it('says plainly when no member checks have been recorded', async () => {
    expect(texts(section(english, 'limitations').blocks)).not.toContain('No member checks have been recorded yet.');
    const unchecked = { ...example, tables: { ...example.tables, memberChecks: [] } };
    const limits = section(await buildReportDocument(unchecked, options()), 'limitations').blocks;
    expect(under(limits, 'Member checks')).toEqual([{ kind: 'paragraph', style: 'note', text: 'No member checks have been recorded yet.' }]);
  }, 60_000);

  it('summarises the audit trail: the decision log by category, and the events by object', async () => {
    const appendices = section(english, 'appendices').blocks;
    expect(texts(appendices)).toContain('No decision has been recorded in the decision log yet.');
    const [project] = snapshotRows(example, 'projects');
    const decision: Memo = {
      id: 'decision-1', projectId: project.id, target: { kind: 'project' }, targetKey: 'project', title: 'Drop the survey', content: '',
      plainText: 'Too few answers to count.', authorId: 'coder-report-test', decisionCategory: 'data-reduction',
      createdAt: '2024-05-20T08:00:00.000Z', updatedAt: '2024-05-20T08:00:00.000Z',
    };
    const decided = { ...example, tables: { ...example.tables, memos: [...snapshotRows(example, 'memos'), decision] } };
    const tables = section(await buildReportDocument(decided, options()), 'appendices').blocks.filter((block) => block.kind === 'table');
    expect(tables[0]).toMatchObject({ rows: expect.arrayContaining([['Data reduction', '1'], ['Raw data', '0']]) });
    expect(tables[1]).toMatchObject({ rows: [['Data reduction', 'May 20, 2024', 'Drop the survey', 'Too few answers to count.']] });
    expect(tables[2]).toMatchObject({ header: ['Object', 'Events', 'First', 'Last'], rows: expect.arrayContaining([['Project', '1', 'Jun 1, 2025', 'Jun 1, 2025']]) });
  }, 60_000);

  it('reports its progress section by section', async () => {
    const seen: string[] = [];
    await buildReportDocument(example, options({ sections: [{ id: 'questions', included: true, title: null }, { id: 'method', included: true, title: null }] }),
      (done, total, title) => seen.push(`${done}/${total} ${title}`));
    expect(seen).toEqual(['0/2 Research questions', '1/2 Method', '2/2 ']);
  });
});
