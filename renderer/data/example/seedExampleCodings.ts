// Codes the seeded example project: its code tree comes from the default template; the codings of
// exampleCodings.ts are placed by finding each quoted phrase in the imported text, with two segment memos
// and a project memo. Runs inside the seeding transaction; a phrase that is not found aborts the seeding.
import { codePathNames, indexCodes } from '../../../shared/codebook/index.ts';
import { memoTargetKey, newId, type Code, type Coding, type Id, type Memo, type Source } from '../../../shared/model/index.ts';
import { getCoderName } from '../appState.ts';
import type { CaseweaveDatabase } from '../database.ts';
import { lexicalJsonFromPlainText } from '../memos.ts';
import { EXAMPLE_CODINGS, EXAMPLE_PROJECT_MEMO, type ExampleCoding } from './exampleCodings.ts';

export type ResolvedExampleCoding = { entry: ExampleCoding; sourceId: Id; codeId: Id; start: number; end: number };

type SourceByFile = ReadonlyMap<string, Pick<Source, 'id' | 'text'>>;

/** Places every example coding; throws naming the file and phrase (or code path) that cannot be found. */
export const resolveExampleCodings = (codes: readonly Code[], sourcesByFile: SourceByFile): ResolvedExampleCoding[] => {
  const byId = indexCodes(codes);
  const byPath = new Map(codes.map((code) => [codePathNames(byId, code.id).join('\u0000'), code.id]));
  return EXAMPLE_CODINGS.map((entry) => {
    const source = sourcesByFile.get(entry.sourceFile);
    if (source === undefined) throw new Error(`Example coding: no example source ${entry.sourceFile}`);
    const codeId = byPath.get(entry.codePath.join('\u0000'));
    if (codeId === undefined) throw new Error(`Example coding: no code ${entry.codePath.join(' / ')} in the default template`);
    const start = source.text.indexOf(entry.quote);
    if (start < 0) throw new Error(`Example coding: "${entry.quote}" not found in ${entry.sourceFile}`);
    return { entry, sourceId: source.id, codeId, start, end: start + entry.quote.length };
  });
};

const memoRecord = (projectId: Id, target: Memo['target'], title: string, text: string, author: string, at: string): Memo => ({
  id: newId(), projectId, target, targetKey: memoTargetKey(target), title, content: lexicalJsonFromPlainText(text), plainText: text,
  author, createdAt: at, updatedAt: at,
});

/** Writes the example's codings and memos (call inside the seeding transaction, with codes and memos in it). */
export const seedExampleCodings = async (db: CaseweaveDatabase, projectId: Id, sourcesByFile: SourceByFile, at: string): Promise<void> => {
  const codes = await db.codes.where('projectId').equals(projectId).toArray();
  const coder = await getCoderName(db);
  const codings: Coding[] = [];
  const memos: Memo[] = [];
  for (const resolved of resolveExampleCodings(codes, sourcesByFile)) {
    const coding: Coding = {
      id: newId(), projectId, sourceId: resolved.sourceId, codeId: resolved.codeId, start: resolved.start, end: resolved.end,
      coder, createdAt: at, memoId: null,
    };
    if (resolved.entry.memo !== undefined) {
      const memo = memoRecord(projectId, { kind: 'coding', id: coding.id }, resolved.entry.quote, resolved.entry.memo, coder, at);
      memos.push(memo);
      coding.memoId = memo.id;
    }
    codings.push(coding);
  }
  memos.push(memoRecord(projectId, { kind: 'project' }, EXAMPLE_PROJECT_MEMO.title, EXAMPLE_PROJECT_MEMO.text, coder, at));
  await db.codings.bulkAdd(codings);
  await db.memos.bulkAdd(memos);
};
