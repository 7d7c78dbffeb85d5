// The code's anchor example (issue 11, point 2), in its details: the first few quotes of its codings (by source and
// position) with "Use as anchor example", the chosen one marked with "Clear". None chosen: the first quote stands for
// the code in the codebook. Each choice is one undoable, audited store action.
import { useEffect, useMemo, useState } from 'react';
import { anchorCodingOf, chosenAnchor } from '../../../shared/codebook/index.ts';
import type { Code, Coding, Id } from '../../../shared/model/index.ts';
import { codeErrorMessage } from '../../codeTree/codeErrors.ts';
import { loadCodingQuotes, type EvidenceQuote } from '../../data/relations.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useCodingSnapshot, useCodingStore } from '../../services/CodingStoreContext.tsx';

/** How many quotes are offered besides the chosen anchor. */
const SHOWN = 5;

type Quoted = { coding: Coding; quote: EvidenceQuote };

export const AnchorExamples = ({ code }: { code: Code }) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const store = useCodingStore();
  const { codings } = useCodingSnapshot();
  const [quotes, setQuotes] = useState<ReadonlyMap<Id, EvidenceQuote> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const own = useMemo(() => codings.filter((coding) => coding.codeId === code.id), [codings, code.id]);

  useEffect(() => {
    let live = true;
    void loadCodingQuotes(db, own).then((found) => live && setQuotes(found));
    return () => {
      live = false;
    };
  }, [db, own]);

  const ordered = useMemo((): Quoted[] => {
    if (quotes === null) return [];
    return own.flatMap((coding) => {
      const quote = quotes.get(coding.id);
      return quote === undefined ? [] : [{ coding, quote }];
    }).sort((a, b) => a.quote.sourceTitle.localeCompare(b.quote.sourceTitle) || a.coding.start - b.coding.start || a.coding.id.localeCompare(b.coding.id));
  }, [own, quotes]);

  if (quotes === null) return null;
  const chosen = chosenAnchor(code, own);
  const standing = anchorCodingOf(code, ordered.map((item) => item.coding));
  const shown = ordered.slice(0, SHOWN);
  const chosenItem = ordered.find((item) => item.coding.id === chosen?.id);
  if (chosenItem !== undefined && !shown.includes(chosenItem)) shown.unshift(chosenItem);

  const choose = async (codingId: Id | null) => {
    if (store === null) return;
    try {
      await store.setCodeAnchor(code.id, codingId);
      setError(null);
    } catch (caught) {
      setError(codeErrorMessage(caught));
    }
  };

  return (
    <section className="details-field anchor-examples" aria-labelledby="anchor-examples-heading">
      <h3 id="anchor-examples-heading" className="field-label">{t('codeAnchors.title')}</h3>
      <p className="muted small">{t('codeAnchors.hint')}</p>
      {error !== null && <p className="code-tree-error" role="alert">{error}</p>}
      {ordered.length === 0 ? (
        <p className="muted small">{t('codeAnchors.none')}</p>
      ) : (
        <ul className="anchor-list" data-testid="anchor-list">
          {shown.map(({ coding, quote }) => {
            const isChosen = coding.id === chosen?.id;
            return (
              <li key={coding.id} className={isChosen ? 'anchor-item chosen' : 'anchor-item'} data-testid="anchor-item" aria-current={isChosen ? 'true' : undefined}>
                <blockquote className="anchor-quote">{quote.quote}</blockquote>
                <div className="anchor-meta small">
                  <span className="muted">{quote.sourceTitle}</span>
                  {isChosen && <strong className="anchor-badge">{t('codeAnchors.current')}</strong>}
                  {!isChosen && chosen === null && coding.id === standing?.id && <span className="muted">{t('codeAnchors.first')}</span>}
                  {isChosen ? (
                    <button type="button" className="button small" aria-label={t('codeAnchors.clearLabel')} onClick={() => void choose(null)}>
                      {t('codeAnchors.clear')}
                    </button>
                  ) : (
                    <button type="button" className="button small" aria-label={t('codeAnchors.useLabel', { source: quote.sourceTitle })} onClick={() => void choose(coding.id)}>
                      {t('codeAnchors.use')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {ordered.length > shown.length && <p className="muted small">{t('codeAnchors.more', { count: ordered.length - shown.length })}</p>}
    </section>
  );
};
