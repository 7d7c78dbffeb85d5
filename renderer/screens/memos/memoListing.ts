// The Memos screen's list model: each memo with a readable name of what it is attached to, filtering by
// target kind and fuzzy search (fuse.js) over titles, plain text and target names.
import Fuse from 'fuse.js';
import { codePath, indexCodes, type CodingSnapshot } from '../../../shared/codebook/index.ts';
import type { Code, Coding, Memo, MemoTarget } from '../../../shared/model/index.ts';

export type MemoTargetKind = MemoTarget['kind'];

export const MEMO_TARGET_KINDS: readonly MemoTargetKind[] = ['project', 'source', 'code', 'coding', 'display', 'conclusion'];

export type MemoListItem = { memo: Memo; targetName: string };

type Names = { projectName: string; sourceTitles: ReadonlyMap<string, string>; snapshot: CodingSnapshot; missing: string; codingName: (code: string, source: string) => string };

type Lookups = { codesById: ReadonlyMap<string, Code>; codingsById: ReadonlyMap<string, Coding> };

const lookupsOf = (snapshot: CodingSnapshot): Lookups => ({
  codesById: indexCodes(snapshot.codes),
  codingsById: new Map(snapshot.codings.map((coding) => [coding.id, coding])),
});

/** What the memo is attached to, in words; `missing` when that object no longer exists. */
export const describeMemoTarget = (target: MemoTarget, names: Names, lookups: Lookups = lookupsOf(names.snapshot)): string => {
  const { codesById, codingsById } = lookups;
  switch (target.kind) {
    case 'project':
      return names.projectName;
    case 'source':
      return names.sourceTitles.get(target.id) ?? names.missing;
    case 'code':
      return codesById.has(target.id) ? codePath(codesById, target.id) : names.missing;
    case 'coding': {
      const coding = codingsById.get(target.id);
      if (coding === undefined) return names.missing;
      return names.codingName(codePath(codesById, coding.codeId), names.sourceTitles.get(coding.sourceId) ?? names.missing);
    }
    default:
      return target.id;
  }
};

export const memoListItems = (memos: readonly Memo[], names: Names): MemoListItem[] => {
  const lookups = lookupsOf(names.snapshot);
  return memos.map((memo) => ({ memo, targetName: describeMemoTarget(memo.target, names, lookups) }));
};

/** Memos of the kind (null = all) matching the query (blank = all), best matches first when searching. */
export const filterMemoItems = (items: readonly MemoListItem[], kind: MemoTargetKind | null, query: string): MemoListItem[] => {
  const ofKind = kind === null ? [...items] : items.filter((item) => item.memo.target.kind === kind);
  const trimmed = query.trim();
  if (trimmed === '') return ofKind;
  const fuse = new Fuse(ofKind, {
    keys: [
      { name: 'memo.title', weight: 3 },
      { name: 'memo.plainText', weight: 2 },
      { name: 'targetName', weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  return fuse.search(trimmed).map((result) => result.item);
};

/** The first words of a memo for the list. */
export const memoExcerpt = (memo: Memo, length = 140): string => {
  const text = memo.plainText.replace(/\s+/g, ' ').trim();
  return text.length <= length ? text : `${text.slice(0, length).trimEnd()}…`;
};
