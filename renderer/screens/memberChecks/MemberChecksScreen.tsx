// The Member checks screen: the records of what was returned to informants, listed by informant with their dates,
// mode and answers; "New member check" records one; the record the route names opens on its page, where answers,
// outcomes and the informant's own words are kept.
import { useState } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import { createMemberCheck, type NewMemberCheck } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { MemberCheckListPane } from './MemberCheckListPane.tsx';
import { MemberCheckPage } from './MemberCheckPage.tsx';
import { NewMemberCheckForm } from './NewMemberCheckForm.tsx';
import { useMemberCheckData } from './useMemberCheckData.ts';
import '../../styles/memberChecks.css';

type Props = { projectId: Id; memberCheckId: Id | null; navigate: (route: Route) => void };

export const MemberChecksScreen = ({ projectId, memberCheckId, navigate }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const { t } = useTranslation();
  const data = useMemberCheckData(projectId);
  const [informantId, setInformantId] = useState<Id | null>(null);
  const [creating, setCreating] = useState(false);
  const open = !creating && memberCheckId !== null ? (data?.checks.find((check) => check.id === memberCheckId) ?? null) : null;

  const openCheck = (id: Id | null) => {
    setCreating(false);
    navigate(id === null ? { screen: 'member-checks' } : { screen: 'member-checks', memberCheckId: id });
  };

  const create = async (input: NewMemberCheck) => {
    const check = await toasts.runWrite(() => createMemberCheck(db, projectId, input, undo));
    if (check !== undefined) openCheck(check.id);
  };

  return (
    <section className="screen member-checks-screen" aria-labelledby="member-checks-heading">
      <div className="screen-header">
        <h1 id="member-checks-heading">{t('memberChecksScreen.title')}</h1>
        {data !== undefined && <span className="muted">{t('memberChecksScreen.count', { count: data.checks.length })}</span>}
        <div className="screen-header-actions">
          <button type="button" className="button primary" onClick={() => setCreating(true)} disabled={data === undefined || data.informantList.length === 0}>
            {t('memberChecksScreen.new.button')}
          </button>
        </div>
      </div>
      <div className="member-checks-layout">
        <MemberCheckListPane data={data} informantId={informantId} activeId={open?.id ?? null} onInformant={setInformantId} onOpen={openCheck} />
        <div className="member-check-pane panel">
          {creating && data !== undefined && (
            <NewMemberCheckForm
              projectId={projectId}
              data={data}
              initialInformantId={informantId}
              onCreate={(input) => void create(input)}
              onCancel={() => setCreating(false)}
            />
          )}
          {!creating && open === null && (
            <p className="muted">{data !== undefined && data.informantList.length === 0 ? t('memberChecksScreen.noInformants') : t('memberChecksScreen.pickOne')}</p>
          )}
          {open !== null && data !== undefined && (
            <MemberCheckPage key={open.id} projectId={projectId} check={open} data={data} navigate={navigate} onDeleted={() => openCheck(null)} />
          )}
        </div>
      </div>
    </section>
  );
};
