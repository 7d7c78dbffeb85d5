// Suggested relations from co-occurrence: pairs of the network's code nodes whose segments overlap at least as often
// as the thresholds ask, each accepted (a relation of type "connects to", undirected, evidenced by the overlapping
// codings' pair count noted) or rejected. Rejections last for the session. The co-occurrence is computed in the
// display worker over the window's copy of the data, like any matrix, and recomputed only when codes or codings change.
import { useMemo, useState } from 'react';
import type { CodingSnapshot } from '../../../../shared/codebook/index.ts';
import type { NetworkDisplayDefinition, Relation } from '../../../../shared/model/index.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { suggestRelations } from '../../../../shared/analysis/suggestRelations.ts';
import { openSuggestions, suggestionDisplay, type NetworkSuggestion } from '../../../data/networkSuggestions.ts';
import { useMatrixView } from '../matrix/useMatrixView.ts';

type Props = {
  displayId: string;
  projectId: string;
  definition: NetworkDisplayDefinition;
  relations: readonly Relation[];
  snapshot: CodingSnapshot;
  onAccept: (suggestion: NetworkSuggestion) => Promise<void>;
};

/** Rejected suggestions by display, for as long as the window is open. */
const rejectedByDisplay = new Map<string, Set<string>>();

export const SuggestionsPanel = ({ displayId, projectId, definition, relations, snapshot, onAccept }: Props) => {
  const { t, formatNumber } = useTranslation();
  const [minCoefficient, setMinCoefficient] = useState(0.2);
  const [minCount, setMinCount] = useState(1);
  const [rejected, setRejected] = useState<ReadonlySet<string>>(() => rejectedByDisplay.get(displayId) ?? new Set());
  const codeNodes = definition.nodes.filter((node) => node.kind === 'code').map((node) => node.refId).join(',');

  // A new co-occurrence display when the code nodes change, not when a node is merely moved.
  const cooccurrence = useMemo(() => suggestionDisplay(displayId, projectId, definition, snapshot.codes), [displayId, projectId, codeNodes, snapshot.codes]);
  const computed = useMatrixView(projectId, cooccurrence);
  const suggested = useMemo(
    () => (computed.status === 'ready' ? suggestRelations(computed.view, minCoefficient, minCount) : null),
    [computed, minCoefficient, minCount],
  );

  const open = useMemo(() => openSuggestions(suggested ?? [], definition, relations, rejected), [suggested, definition, relations, rejected]);

  const reject = (key: string): void => {
    const next = new Set(rejected).add(key);
    rejectedByDisplay.set(displayId, next);
    setRejected(next);
  };

  return (
    <section className="network-panel" aria-labelledby="network-suggestions-heading">
      <h2 id="network-suggestions-heading" className="panel-title">{t('network.suggestions.heading')}</h2>
      <p className="muted small">{t('network.suggestions.explain')}</p>
      <div className="network-thresholds">
        <label>
          {t('network.suggestions.minCoefficient')}
          <input type="number" min={0} max={1} step={0.05} value={minCoefficient} onChange={(event) => setMinCoefficient(Number(event.target.value))} />
        </label>
        <label>
          {t('network.suggestions.minCount')}
          <input type="number" min={1} step={1} value={minCount} onChange={(event) => setMinCount(Math.max(1, Math.round(Number(event.target.value))))} />
        </label>
      </div>
      {suggested !== null && open.length === 0 && <p className="muted small">{t('network.suggestions.none')}</p>}
      <ul className="network-suggestions">
        {open.map((suggestion) => {
          const names = { from: suggestion.from.label, to: suggestion.to.label };
          return (
            <li key={suggestion.key}>
              <span>{t('network.suggestions.pair', { ...names, count: suggestion.count, coefficient: formatNumber(Math.round(suggestion.coefficient * 100) / 100) })}</span>
              <span className="network-suggestion-actions">
                <button type="button" className="button small" aria-label={t('network.suggestions.acceptLabel', names)} onClick={() => void onAccept(suggestion)}>
                  {t('network.suggestions.accept')}
                </button>
                <button type="button" className="button small" aria-label={t('network.suggestions.rejectLabel', names)} onClick={() => reject(suggestion.key)}>
                  {t('network.suggestions.reject')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
