// The origin of an imported memo in the Memos list ("Word comment by Dewi, 5 Mar 2024, 10:15"); nothing for a memo
// written in Caseweave.
import type { Memo } from '../../../shared/model/index.ts';
import { useMemoOriginLine } from '../../components/MemoAnchorFacts.tsx';

export const MemoOriginNote = ({ memo }: { memo: Memo }) => {
  const line = useMemoOriginLine(memo);
  return line === null ? null : <span className="memo-list-origin muted small">{line}</span>;
};
