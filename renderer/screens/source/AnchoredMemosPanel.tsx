// The source's margin of anchored memos: each memo on words of the transcript (a Word comment imported with the file)
// as a button with its title and the words it is on; choosing one (here, or by clicking its underlined words) opens it
// below with its origin and quote, and flashes its words in the transcript.
import type { Id, Memo, Source } from '../../../shared/model/index.ts';
import { memoRangeOf } from '../../../shared/model/index.ts';
import { MemoAnchorFacts } from '../../components/MemoAnchorFacts.tsx';
import { MemoDocument } from '../../components/memoEditor/MemoDocument.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/memoAnchors.css';

type Props = {
  projectId: Id;
  source: Source;
  memos: readonly Memo[];
  openId: Id | null;
  onOpen: (memo: Memo | null) => void;
};

const QUOTE_CHARACTERS = 80;

const shortQuote = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_CHARACTERS ? flat : `${flat.slice(0, QUOTE_CHARACTERS).trimEnd()}…`;
};

export const AnchoredMemosPanel = ({ projectId, source, memos, openId, onOpen }: Props) => {
  const { t } = useTranslation();
  if (memos.length === 0) return null;
  return (
    <section className="panel anchored-memos" aria-labelledby="anchored-memos-heading">
      <h2 id="anchored-memos-heading" className="panel-title">{t('memoAnchors.marginTitle')}</h2>
      <ul className="anchored-memos-list">
        {memos.map((memo) => {
          const range = memoRangeOf(memo);
          const open = memo.id === openId;
          return (
            <li key={memo.id} data-memo-id={memo.id}>
              <button
                type="button"
                className="anchored-memo-button"
                aria-expanded={open}
                aria-label={t('memoAnchors.openMemo', { title: memo.title })}
                onClick={() => onOpen(open ? null : memo)}
              >
                <span className="anchored-memo-title">{memo.title === '' ? t('memos.untitled') : memo.title}</span>
                <span className="anchored-memo-quote">
                  {range === null ? t('memoAnchors.wholeSource') : `“${shortQuote(source.text.slice(range.start, range.end))}”`}
                </span>
              </button>
              {open && (
                <div className="anchored-memo-open">
                  <MemoAnchorFacts memo={memo} sourceText={source.text} />
                  <MemoDocument projectId={projectId} target={memo.target} memo={memo} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
