// "Code all hits": applies one code (chosen with the fuzzy picker) to every ticked search hit in one undo step,
// then offers Undo in a toast. Long batches show a busy indicator and the button stays disabled meanwhile.
import { useMemo, useState } from 'react';
import type { KeywordInContextLine } from '../../../shared/search/index.ts';
import type { Id } from '../../../shared/model/index.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useCodeTree, useCodingStore } from '../../services/CodingStoreContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { pickableCodes } from '../../coding/codeMatcher.ts';
import { CodePickerField } from './CodePickerField.tsx';
import { codedHitsMessage } from './codedHitsMessage.ts';
import { searchCountLabel } from './searchCountLabel.ts';

type Props = { hits: readonly KeywordInContextLine[]; onCoded: () => void };

export const CodeAllHitsBar = ({ hits, onCoded }: Props) => {
  const { t } = useTranslation();
  const toasts = useToasts();
  const undo = useUndoManager();
  const store = useCodingStore();
  const tree = useCodeTree();
  const options = useMemo(() => pickableCodes(tree), [tree]);
  const [codeId, setCodeId] = useState<Id | null>(null);
  const [busy, setBusy] = useState(false);
  const code = options.find((option) => option.id === codeId) ?? null;

  const codeHits = async () => {
    if (store === null || code === null || hits.length === 0) return;
    setBusy(true);
    try {
      const requests = hits.map((hit) => ({ sourceId: hit.documentId, codeId: code.id, start: hit.start, end: hit.end }));
      const outcome = await store.applyCodings(requests);
      const message = codedHitsMessage(outcome.created.length, outcome.skipped, code.path);
      toasts.notify(message, outcome.created.length === 0 ? undefined : undoToastAction(undo, t('search.undo')));
      onCoded();
    } catch (error) {
      toasts.reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="toolbar code-all-hits" role="group" aria-label={t('search.codeAllHits')}>
      <span className="muted">{t('search.selectedCount', { count: hits.length })}</span>
      <CodePickerField label={t('search.codeAllHits.codeLabel')} options={options} value={codeId} onChange={setCodeId} />
      <button
        type="button"
        className="button primary"
        disabled={busy || store === null || code === null || hits.length === 0}
        title={hits.length === 0 ? t('search.codeAllHits.none') : undefined}
        onClick={() => void codeHits()}
      >
        {hits.length === 0 ? t('search.codeAllHits.applyNone') : searchCountLabel('apply', hits.length)}
      </button>
      {busy && (
        <span className="busy-indicator" role="status">
          {searchCountLabel('busy', hits.length)}
        </span>
      )}
    </div>
  );
};
