// The list of a project's member checks, grouped under each informant's pseudonym and filterable to one informant:
// each record with its dates sent and answered, its mode and a summary of the answers.
import type { Id, MemberCheck } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { responseSummary } from './memberCheckText.ts';
import type { MemberCheckData } from './useMemberCheckData.ts';

type Props = {
  data: MemberCheckData | undefined;
  informantId: Id | null;
  activeId: Id | null;
  onInformant: (informantId: Id | null) => void;
  onOpen: (memberCheckId: Id) => void;
};

/** The records of each informant who has any, in the order of the informants list. */
const groups = (data: MemberCheckData, informantId: Id | null): { informantId: Id; pseudonym: string; checks: MemberCheck[] }[] => {
  const byInformant = new Map<Id, MemberCheck[]>();
  for (const check of data.checks) {
    if (informantId !== null && check.informantId !== informantId) continue;
    byInformant.set(check.informantId, [...(byInformant.get(check.informantId) ?? []), check]);
  }
  return [...byInformant].map(([id, checks]) => ({ informantId: id, pseudonym: data.informants.get(id)?.pseudonym ?? id, checks }))
    .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
};

export const MemberCheckListPane = ({ data, informantId, activeId, onInformant, onOpen }: Props) => {
  const { t, formatDate } = useTranslation();
  const shown = data === undefined ? [] : groups(data, informantId);
  const date = (value: string | null) => (value === null ? t('memberChecksScreen.noDate') : formatDate(value));
  return (
    <div className="member-checks-list-pane">
      <div className="filter-bar">
        <label>
          {t('memberChecksScreen.filter.informant')}
          <select value={informantId ?? ''} onChange={(event) => onInformant(event.currentTarget.value === '' ? null : event.currentTarget.value)}>
            <option value="">{t('memberChecksScreen.filter.all')}</option>
            {data?.informantList.map((informant) => <option key={informant.id} value={informant.id}>{informant.pseudonym}</option>)}
          </select>
        </label>
      </div>
      {data === undefined && <p className="muted">{t('memberChecksScreen.loading')}</p>}
      {data !== undefined && data.checks.length === 0 && <p className="empty-state">{t('memberChecksScreen.empty')}</p>}
      {data !== undefined && data.checks.length > 0 && shown.length === 0 && <p className="empty-state">{t('memberChecksScreen.noMatch')}</p>}
      {shown.map((group) => (
        <section key={group.informantId} className="member-check-group" aria-label={group.pseudonym}>
          <h2 className="member-check-group-heading">{group.pseudonym}</h2>
          <ul className="member-checks-index" aria-label={t('memberChecksScreen.list.label', { name: group.pseudonym })}>
            {group.checks.map((check) => (
              <li key={check.id}>
                <button
                  type="button"
                  className={`list-card member-check-list-item${check.id === activeId ? ' active' : ''}`}
                  aria-current={check.id === activeId ? 'true' : undefined}
                  onClick={() => onOpen(check.id)}
                >
                  <span className="member-check-list-title">
                    {group.pseudonym} · {t(`memberChecksScreen.mode.${check.mode}`)}
                  </span>
                  <span className="muted small">
                    {t('memberChecksScreen.list.dates', { sent: date(check.sentOn), answered: date(check.answeredOn) })}
                  </span>
                  <span className="member-check-list-summary small">{responseSummary(check, t)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
};
