// The seeded example project is coded with the default template: every quoted phrase is found in its
// source, the codings cover exactly those words, and it has coding memos and a project memo.
import { describe, expect, it } from 'vitest';
import { codePathNames, indexCodes } from '../../../shared/codebook/index.ts';
import { DEFAULT_TEMPLATE_ID, findBuiltInTemplate, instantiateTemplate } from '../../../shared/templates/index.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { EXAMPLE_CODINGS } from '../../../shared/example/exampleCodings.ts';
import { resolveExampleCodings } from '../../../shared/example/exampleCodingChange.ts';
import { getSource, listSourceSummaries } from '../../../renderer/data/sources.ts';
import { listMemos } from '../../../renderer/data/memos.ts';
import { CodingStore } from '../../../renderer/data/codingStore.ts';
import { freshDatabase } from './testDatabase.ts';

const seeded = async () => {
  const db = freshDatabase();
  const project = await seedExampleProjectIfEmpty(db);
  if (!project) throw new Error('example not seeded');
  return { db, project };
};

describe('example project coding', () => {
  it('codes every quoted phrase with the default template, exactly on its words', async () => {
    const { db, project } = await seeded();
    expect(project.templateId).toBe(DEFAULT_TEMPLATE_ID);
    const codes = await db.codes.where('projectId').equals(project.id).toArray();
    const codings = await db.codings.where('projectId').equals(project.id).toArray();
    expect(codings.length).toBeGreaterThan(25);
    expect(codings).toHaveLength(EXAMPLE_CODINGS.length);
    const byId = indexCodes(codes);
    const summaries = await listSourceSummaries(db, project.id);
    for (const entry of EXAMPLE_CODINGS) {
      const summary = summaries.find((s) => s.originalFileName === entry.sourceFile);
      const source = summary && (await getSource(db, summary.id));
      if (!source) throw new Error(`no source ${entry.sourceFile}`);
      const match = codings.find((coding) => coding.sourceId === source.id && source.text.slice(coding.start, coding.end) === entry.quote);
      expect(match, `${entry.sourceFile}: ${entry.quote}`).toBeDefined();
      expect(codePathNames(byId, match?.codeId ?? '')).toEqual(entry.codePath);
    }
    // Every top-level factor of the model has evidence in the example.
    const store = await CodingStore.load(db, project.id);
    const tops = codes.filter((code) => code.parentId === null).map((code) => code.name);
    for (const factor of ['Business networks', 'Global collaboration', 'Diaspora', 'Business associations']) expect(tops).toContain(factor);
    expect(new Set(codings.map((coding) => coding.sourceId)).size).toBe(5);
    store.dispose();
  });

  it('has memos about codings that exist and a project memo, in Lexical JSON with plain text', async () => {
    const { db, project } = await seeded();
    const memos = await listMemos(db, project.id);
    const codingMemos = memos.filter((memo) => memo.target.kind === 'coding');
    expect(codingMemos.length).toBeGreaterThanOrEqual(2);
    expect(memos.filter((memo) => memo.target.kind === 'project')).toHaveLength(1);
    for (const memo of codingMemos) {
      const target = memo.target.kind === 'coding' ? memo.target.id : '';
      expect(await db.codings.get(target)).toBeDefined();
    }
    for (const memo of memos) {
      const state = JSON.parse(memo.content) as { root: { type: string; children: { type: string; children: { text: string }[] }[] } };
      expect(state.root.type).toBe('root');
      expect(state.root.children[0].type).toBe('paragraph');
      expect(state.root.children.map((p) => p.children.map((c) => c.text).join('')).join('\n')).toBe(memo.plainText);
    }
  });

  it('fails loudly, naming the file and the phrase, when a quoted phrase is missing from its source', () => {
    const template = findBuiltInTemplate(DEFAULT_TEMPLATE_ID);
    if (!template) throw new Error('no default template');
    const codes = instantiateTemplate(template, 'p');
    const first = EXAMPLE_CODINGS[0];
    const sources = new Map(EXAMPLE_CODINGS.map((entry) => [entry.sourceFile, { id: entry.sourceFile, text: 'nothing quoted here' }]));
    expect(() => resolveExampleCodings(codes, sources)).toThrow(`"${first.quote}" not found in ${first.sourceFile}`);
  });
});
