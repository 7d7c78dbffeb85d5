// The memos of one source that are anchored to words of its text or came from an imported Word comment, in text
// order (those without a range last), kept live: a correction that moves their words re-reads them.
import { useLiveQuery } from 'dexie-react-hooks';
import { memoRangeOf, type Id, type Memo } from '../../../shared/model/index.ts';
import { memosOfTarget } from '../../data/memos.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';

const NONE: Memo[] = [];

const textOrder = (a: Memo, b: Memo): number =>
  (memoRangeOf(a)?.start ?? Number.MAX_SAFE_INTEGER) - (memoRangeOf(b)?.start ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id);

export const useAnchoredMemos = (projectId: Id, sourceId: Id): Memo[] => {
  const db = useDatabase();
  return useLiveQuery(
    async () => (await memosOfTarget(db, projectId, { kind: 'source', id: sourceId }))
      .filter((memo) => memoRangeOf(memo) !== null || memo.origin !== undefined)
      .sort(textOrder),
    [db, projectId, sourceId],
  ) ?? NONE;
};
