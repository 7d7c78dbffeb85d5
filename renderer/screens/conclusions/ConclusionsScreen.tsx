// The Conclusions screen: the project's conclusions listed with their status and computed triangulation, filtered by
// status; "New conclusion" draws one; the conclusion the route names opens on its page, which shows its chain from
// statement to evidence, displays, checks and rival.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConclusionStatus, Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { useCodeTree } from '../../services/CodingStoreContext.tsx';
import { pickableCodes } from '../../coding/codeMatcher.ts';
import { createConclusion, listConclusions, type NewConclusion } from '../../data/conclusions.ts';
import { listCoders } from '../../data/coders.ts';
import { getProject } from '../../data/projects.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ConclusionListPane } from './ConclusionListPane.tsx';
import { ConclusionPage } from './ConclusionPage.tsx';
import { modelRolesOf } from './modelRoles.ts';
import { NewConclusionForm } from './NewConclusionForm.tsx';
import { useConclusionEvidence } from './useConclusionEvidence.ts';
import '../../styles/memos.css';
import '../../styles/conclusions.css';

type Props = { projectId: string; conclusionId: string | null; navigate: (route: Route) => void };

export const ConclusionsScreen = ({ projectId, conclusionId, navigate }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const { t } = useTranslation();
  const conclusions = useLiveQuery(() => listConclusions(db, projectId), [db, projectId]);
  const project = useLiveQuery(() => getProject(db, projectId), [db, projectId]);
  const coders = useLiveQuery(() => listCoders(db), [db]);
  const evidence = useConclusionEvidence(projectId, project);
  const tree = useCodeTree();
  const codes = useMemo(() => pickableCodes(tree), [tree]);
  const modelRoles = useMemo(() => modelRolesOf(evidence?.data.codes ?? []), [evidence]);
  const [status, setStatus] = useState<ConclusionStatus | null>(null);
  const [creating, setCreating] = useState(false);
  const open = !creating && conclusionId !== null ? (conclusions?.find((conclusion) => conclusion.id === conclusionId) ?? null) : null;

  const openConclusion = (id: Id | null) => {
    setCreating(false);
    navigate(id === null ? { screen: 'conclusions' } : { screen: 'conclusions', conclusionId: id });
  };

  const create = async (input: NewConclusion) => {
    const conclusion = await toasts.runWrite(() => createConclusion(db, projectId, input, undo));
    if (conclusion !== undefined) openConclusion(conclusion.id);
  };

  return (
    <section className="screen conclusions-screen" aria-labelledby="conclusions-heading">
      <div className="screen-header">
        <h1 id="conclusions-heading">{t('conclusionsScreen.title')}</h1>
        {conclusions !== undefined && <span className="muted">{t('conclusionsScreen.count', { count: conclusions.length })}</span>}
        <div className="screen-header-actions">
          <button type="button" className="button primary" onClick={() => setCreating(true)}>{t('conclusionsScreen.new.button')}</button>
        </div>
      </div>
      <div className="conclusions-layout">
        <ConclusionListPane
          conclusions={conclusions}
          evidence={evidence}
          status={status}
          activeId={open?.id ?? null}
          onStatus={setStatus}
          onOpen={openConclusion}
        />
        <div className="conclusion-pane panel">
          {creating && (
            <NewConclusionForm
              researchQuestions={project?.researchQuestions ?? []}
              modelRoles={modelRoles}
              codes={codes}
              onCreate={(input) => void create(input)}
              onCancel={() => setCreating(false)}
            />
          )}
          {!creating && open === null && <p className="muted">{t('conclusionsScreen.pickOne')}</p>}
          {open !== null && (
            <ConclusionPage
              key={open.id}
              conclusion={open}
              conclusions={conclusions ?? []}
              evidence={evidence}
              project={project}
              coders={coders ?? []}
              codes={codes}
              navigate={navigate}
              onDeleted={() => openConclusion(null)}
            />
          )}
        </div>
      </div>
    </section>
  );
};
