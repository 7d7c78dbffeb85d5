// "Code selected hits": ticks every hit of the query at once (or clears them), chooses the scope (the hit, its
// sentence, paragraph or speaker turn; remembered per project) and applies one code, chosen with the fuzzy picker,
// to the ticked hits in one undo step — hits in one turn make one coding. Then offers Undo in a toast. Long
// batches show a busy indicator and the button stays disabled meanwhile.
import { useMemo, useState } from 'react';
import type { SearchHit } from '../../../shared/search/index.ts';
import type { Id } from '../../../shared/model/index.ts';
import { codeSearchHits } from '../../data/codeSearchHits.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useCodeTree, useCodingStore } from '../../services/CodingStoreContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { pickableCodes } from '../../coding/codeMatcher.ts';
import { CodePickerField } from './CodePickerField.tsx';
import { codedHitsMessage } from './codedHitsMessage.ts';
import { HitScopeField } from './HitScopeField.tsx';
import { searchCountLabel } from './searchCountLabel.ts';
import { SelectAllHitsBox } from './SelectAllHitsBox.tsx';
import { useHitCodingScope } from './useHitCodingScope.ts';

type Props = {
  projectId: Id;
  hits: readonly SearchHit[];
  /** Every hit of the query, shown or not. */
  totalHits: number;
  /** True while every hit of the query is being fetched to be ticked. */
  selectingAll: boolean;
  onSelectAll: (selectAll: boolean) => void;
  onCoded: () => void;
};

export const CodeAllHitsBar = ({ projectId, hits, totalHits, selectingAll, onSelectAll, onCoded }: Props) => {
  const { t } = useTranslation();
  const toasts = useToasts();
  const undo = useUndoManager();
  const store = useCodingStore();
  const tree = useCodeTree();
  const options = useMemo(() => pickableCodes(tree), [tree]);
  const [codeId, setCodeId] = useState<Id | null>(null);
  const [scope, setScope] = useHitCodingScope(projectId);
  const [busy, setBusy] = useState(false);
  const code = options.find((option) => option.id === codeId) ?? null;

  const codeHits = async () => {
    if (store === null || code === null || hits.length === 0) return;
    setBusy(true);
    try {
      const ticked = hits.map((hit) => ({ sourceId: hit.documentId, start: hit.start, end: hit.end }));
      const outcome = await codeSearchHits(store, ticked, code.id, scope);
      const message = codedHitsMessage({ hits: outcome.hits, created: outcome.created.length, skipped: outcome.skipped, scope, code: code.path });
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
      <SelectAllHitsBox selected={hits.length} total={totalHits} selecting={selectingAll} disabled={busy} onChange={onSelectAll} />
      <span className="muted">{t('search.selectedCount', { count: hits.length })}</span>
      <HitScopeField value={scope} onChange={setScope} disabled={busy} />
      <CodePickerField label={t('search.codeAllHits.codeLabel')} options={options} value={codeId} onChange={setCodeId} />
      <button
        type="button"
        className="button primary"
        disabled={busy || selectingAll || store === null || code === null || hits.length === 0}
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
