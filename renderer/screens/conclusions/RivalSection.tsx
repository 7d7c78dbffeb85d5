// Rival explanations: mark this conclusion as the rival of another of the project (each keeps its own evidence), and
// see both ways — the one it rivals, and those marked as rivals of it — each a link to its page.
import { useId } from 'react';
import type { Conclusion } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { markRival } from '../../data/conclusions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { statementStart } from './ConclusionListPane.tsx';

type Props = { conclusion: Conclusion; conclusions: readonly Conclusion[]; navigate: (route: Route) => void };

export const RivalSection = ({ conclusion, conclusions, navigate }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const headingId = useId();
  const others = conclusions.filter((other) => other.id !== conclusion.id);
  const rivals = others.filter((other) => other.rivalOfId === conclusion.id);
  const link = (other: Conclusion) => (
    <button type="button" className="link-button" onClick={() => navigate({ screen: 'conclusions', conclusionId: other.id })}>{statementStart(other, 80)}</button>
  );
  const rivalOf = others.find((other) => other.id === conclusion.rivalOfId);
  return (
    <section className="conclusion-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conclusionsScreen.rival.heading')}</h3>
      <label className="conclusion-field">
        <span>{t('conclusionsScreen.rival.of')}</span>
        <select
          value={conclusion.rivalOfId ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            void toasts.runWrite(() => markRival(db, conclusion.id, value === '' ? null : value, undo));
          }}
        >
          <option value="">{t('conclusionsScreen.rival.none')}</option>
          {others.map((other) => <option key={other.id} value={other.id}>{statementStart(other, 80)}</option>)}
        </select>
      </label>
      {rivalOf !== undefined && <p>{t('conclusionsScreen.rival.rivals')} {link(rivalOf)}</p>}
      {rivals.length > 0 && (
        <div>
          <p>{t('conclusionsScreen.rival.rivalledBy')}</p>
          <ul>{rivals.map((other) => <li key={other.id}>{link(other)}</li>)}</ul>
        </div>
      )}
    </section>
  );
};
