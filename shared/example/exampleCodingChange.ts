// Codes the example project: its code tree comes from the default template; the codings of exampleCodings.ts are
// placed by finding each quoted phrase in the imported text, with two coding memos and a project memo. Part of the
// example's one change; a phrase that is not found stops the whole example (a test checks every one).
import { codePathNames, indexCodes } from '../codebook/index.ts';
import { lexicalJsonFromPlainText } from '../model/memoContent.ts';
import { memoTargetKey, newId, type Code, type Coding, type Id, type Memo, type Source } from '../model/index.ts';
import { combineChanges, tableChange, type ProjectChange } from '../project/projectChange.ts';
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

const memoRecord = (projectId: Id, target: Memo['target'], title: string, text: string, authorId: Id, at: string): Memo => ({
  id: newId(), projectId, target, targetKey: memoTargetKey(target), title, content: lexicalJsonFromPlainText(text), plainText: text,
  authorId, createdAt: at, updatedAt: at,
});

/** The example's codings and memos as one change, written by `coderId` at `at`. */
export const exampleCodingChange = (
  projectId: Id, codes: readonly Code[], sourcesByFile: SourceByFile, { coderId, at }: { coderId: Id; at: string },
): ProjectChange => {
  const codings: Coding[] = [];
  const memos: Memo[] = [];
  for (const resolved of resolveExampleCodings(codes, sourcesByFile)) {
    const coding: Coding = {
      id: newId(), projectId, sourceId: resolved.sourceId, codeId: resolved.codeId, start: resolved.start, end: resolved.end, coderId, createdAt: at,
    };
    if (resolved.entry.memo !== undefined) {
      memos.push(memoRecord(projectId, { kind: 'coding', id: coding.id }, resolved.entry.quote, resolved.entry.memo, coderId, at));
    }
    codings.push(coding);
  }
  memos.push(memoRecord(projectId, { kind: 'project' }, EXAMPLE_PROJECT_MEMO.title, EXAMPLE_PROJECT_MEMO.text, coderId, at));
  return combineChanges(tableChange('codings', codings), tableChange('memos', memos));
};
