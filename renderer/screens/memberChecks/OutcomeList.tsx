// What changed because of an item's answer, each with a link to what it names (the corrected transcript, the
// conclusion) and a button that removes it (undoable).
import type { MemberCheck, MemberCheckItem, MemberCheckOutcome } from '../../../shared/model/index.ts';
import { conclusionName } from '../../data/conclusions.ts';
import { removeOutcome } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import type { MemberCheckData } from './useMemberCheckData.ts';

type Props = { check: MemberCheck; item: MemberCheckItem; data: MemberCheckData; navigate: (route: Route) => void };

export const OutcomeList = ({ check, item, data, navigate }: Props) => {
  const { t, formatDateTime } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const { runWrite } = useToasts();
  if (item.outcomes.length === 0) return null;

  const named = (outcome: MemberCheckOutcome) => {
    if (outcome.kind === 'kept') return null;
    if (outcome.kind === 'transcript-correction') {
      const source = data.sources.get(outcome.sourceId);
      return source === undefined ? <span className="member-check-gone">{t('memberChecksScreen.target.transcriptGone')}</span> : (
        <button type="button" className="button link" onClick={() => navigate({ screen: 'source', sourceId: source.id })}>
          {t('memberChecksScreen.outcome.correctionOf', { title: source.title, when: formatDateTime(outcome.correctedAt) })}
        </button>
      );
    }
    const conclusion = data.conclusions.get(outcome.conclusionId);
    return conclusion === undefined ? <span className="member-check-gone">{t('memberChecksScreen.target.conclusionGone')}</span> : (
      <button type="button" className="button link" onClick={() => navigate({ screen: 'conclusions', conclusionId: conclusion.id })}>
        {conclusionName(conclusion)}
      </button>
    );
  };

  return (
    <ul className="member-check-outcomes" aria-label={t('memberChecksScreen.outcome.list')}>
      {item.outcomes.map((outcome, index) => (
        <li key={`${index}-${outcome.kind}`}>
          <div className="member-check-outcome-main">
            <strong>{t(`memberChecksScreen.outcome.kind.${outcome.kind}`)}</strong>{' '}
            {named(outcome)}
            {outcome.kind === 'kept' ? <span className="member-check-outcome-note">{outcome.reason}</span>
              : outcome.note !== '' && <span className="member-check-outcome-note muted">{outcome.note}</span>}
          </div>
          <button
            type="button"
            className="button small"
            aria-label={t('memberChecksScreen.outcome.removeLabel', { kind: t(`memberChecksScreen.outcome.kind.${outcome.kind}`) })}
            onClick={() => void runWrite(() => removeOutcome(db, check.id, item.id, index, undo))}
          >
            {t('memberChecksScreen.outcome.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
};
