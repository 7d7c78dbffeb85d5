// The Memos screen's list model: readable target names (missing objects named as such), filter by target
// kind, fuzzy search over titles, text and target names, and the short excerpt.
import { describe, expect, it } from 'vitest';
import type { Code, Coding, Memo, MemoTarget } from '../../../../../shared/model/index.ts';
import { memoTargetKey } from '../../../../../shared/model/index.ts';
import { filterMemoItems, memoExcerpt, memoListItems } from '../../../../../renderer/screens/memos/memoListing.ts';

const memo = (id: string, target: MemoTarget, title: string, plainText: string): Memo => ({
  id, projectId: 'p', target, targetKey: memoTargetKey(target), title, content: '', plainText, authorId: 'a', createdAt: '', updatedAt: '',
});
const code: Code = {
  id: 'train', projectId: 'p', parentId: null, order: 0, name: 'Training', color: '#336699', definition: '', inclusionCriteria: '',
  exclusionCriteria: '', example: '', modelRole: null, status: 'draft', createdAt: '', updatedAt: '',
};
const coding: Coding = { id: 'k1', projectId: 'p', sourceId: 's1', codeId: 'train', start: 0, end: 4, coderId: 'a', createdAt: '' };

const names = {
  projectName: 'Djembe study',
  sourceTitles: new Map([['s1', 'Interview with Harjo']]),
  snapshot: { codes: [code], codings: [coding] },
  missing: '(deleted)',
  codingName: (codePath: string, source: string) => `${codePath} in ${source}`,
};

const MEMOS = [
  memo('m1', { kind: 'project' }, 'First reading', 'Networks bring the first orders.'),
  memo('m2', { kind: 'source', id: 's1' }, 'About Harjo', 'He depends on the trader.'),
  memo('m3', { kind: 'code', id: 'train' }, '', 'Training sessions on drying wood.'),
  memo('m4', { kind: 'coding', id: 'k1' }, 'Passage', 'A long memo '.repeat(20)),
  memo('m5', { kind: 'source', id: 'gone' }, 'Orphan', 'Its source was deleted.'),
];

describe('memo listing', () => {
  const items = memoListItems(MEMOS, names);

  it('names what each memo is attached to', () => {
    expect(items.map((item) => item.targetName)).toEqual([
      'Djembe study', 'Interview with Harjo', 'Training', 'Training in Interview with Harjo', '(deleted)',
    ]);
  });

  it('filters by target kind and searches titles, text and target names with typos', () => {
    expect(filterMemoItems(items, 'source', '').map((item) => item.memo.id)).toEqual(['m2', 'm5']);
    expect(filterMemoItems(items, null, 'tradr')[0]?.memo.id).toBe('m2');
    expect(filterMemoItems(items, null, 'drying').map((item) => item.memo.id)).toEqual(['m3']);
    expect(filterMemoItems(items, 'project', 'drying')).toEqual([]);
  });

  it('shortens long text to a one-line excerpt', () => {
    const short = memoExcerpt(MEMOS[3], 30);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(31);
    expect(memoExcerpt(MEMOS[0])).toBe('Networks bring the first orders.');
  });
});
