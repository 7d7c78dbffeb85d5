// One conclusion's page, its chain from top to bottom: the statement (rich text, saved as the user types) with its
// question, model role and codes → its status and history → its computed triangulation and representativeness → the
// supporting and disconfirming evidence, and any evidence lost → the displays it came from → the tactics log → its
// rival → its history. Deleting it is one step, undone from the toast or the undo stack.
import { useEffect, useRef, useState } from 'react';
import type { Coder, Conclusion, Project } from '../../../shared/model/index.ts';
import type { PickableCode } from '../../coding/codeMatcher.ts';
import { RichTextMemo, type MemoBody } from '../../components/memoEditor/RichTextMemo.tsx';
import { ObjectHistory } from '../../components/ObjectHistory.tsx';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useDebouncedSave } from '../../services/useDebouncedSave.ts';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { conclusionName, deleteConclusion, updateStatement } from '../../data/conclusions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { EvidenceSection } from './EvidenceSection.tsx';
import { FramingSection } from './FramingSection.tsx';
import { MemberCheckSection } from './MemberCheckSection.tsx';
import { NegativeEvidenceSection } from './NegativeEvidenceSection.tsx';
import { OutliersSection } from './OutliersSection.tsx';
import { RivalSection } from './RivalSection.tsx';
import { StatusSection } from './StatusSection.tsx';
import { TacticsSection } from './TacticsSection.tsx';
import { TriangulationSection } from './TriangulationSection.tsx';
import type { ConclusionEvidence } from './useConclusionEvidence.ts';

type Props = {
  conclusion: Conclusion;
  conclusions: readonly Conclusion[];
  evidence: ConclusionEvidence | undefined;
  project: Project | undefined;
  coders: readonly Coder[];
  codes: readonly PickableCode[];
  navigate: (route: Route) => void;
  onDeleted: () => void;
};

export const ConclusionPage = ({ conclusion, conclusions, evidence, project, coders, codes, navigate, onDeleted }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  // The statement the editor was loaded from; a change made elsewhere (Undo) remounts it unless typing is unsaved.
  const [loaded, setLoaded] = useState({ version: 0, statement: conclusion.statement });
  const ownContent = useRef(conclusion.statement.content);
  // The statement is saved as it is typed; an empty one is never written (a conclusion needs a statement).
  const autosave = useDebouncedSave<MemoBody>({
    settle: (body) => (body.plainText.trim() === '' ? 'dirty' : null),
    write: async (body) => {
      ownContent.current = body.content;
      await updateStatement(db, conclusion.id, body, undo);
    },
    failed: (error) => {
      toasts.reportError(error);
      return { status: 'dirty' };
    },
  });
  useEffect(() => {
    if (conclusion.statement.content === ownContent.current || autosave.busy()) return;
    ownContent.current = conclusion.statement.content;
    setLoaded((previous) => ({ version: previous.version + 1, statement: conclusion.statement }));
  }, [conclusion.statement, autosave.busy]);

  const remove = async () => {
    autosave.discard();
    const name = conclusionName(conclusion);
    const done = await toasts.runWrite(async () => {
      await deleteConclusion(db, conclusion.id, undo);
      return true;
    });
    if (done !== true) return;
    toasts.notify(t('conclusionsScreen.deleted', { name }), undoToastAction(undo, t('conclusionsScreen.undo')));
    onDeleted();
  };

  const assessment = evidence?.assess(conclusion);
  // The displays it came from: those linked when it was drawn and those whose cells are its evidence.
  const displayIds = [...new Set([...conclusion.displayIds, ...conclusion.evidence.flatMap((item) => (item.target.kind === 'cell' ? [item.target.displayId] : []))])];
  const coderName = (id: string) => coders.find((coder) => coder.id === id)?.name ?? id;
  return (
    <article className="conclusion-page" aria-label={t('conclusionsScreen.page.label')}>
      <header className="conclusion-head">
        <h2>{t('conclusionsScreen.page.heading')}</h2>
        <span className="memo-save-status muted small" role="status" data-testid="conclusion-save-status">
          {(autosave.state.status === 'dirty' || autosave.state.status === 'saving') && t('conclusionsScreen.statement.unsaved')}
          {autosave.state.status === 'saved' && t('conclusionsScreen.statement.saved')}
        </span>
        <button type="button" className="button small danger-outline" onClick={() => void remove()}>{t('conclusionsScreen.delete')}</button>
      </header>
      <div className="conclusion-statement-field">
        <RichTextMemo
          key={loaded.version}
          content={loaded.statement.content}
          fallbackText={loaded.statement.plainText}
          label={t('conclusionsScreen.statement.label')}
          placeholder={t('conclusionsScreen.statement.placeholder')}
          onChange={autosave.schedule}
          onBlur={() => void autosave.flush()}
        />
      </div>
      <FramingSection conclusion={conclusion} project={project} codes={codes} displays={evidence?.displays} />
      <StatusSection conclusion={conclusion} coderName={coderName} />
      {assessment !== undefined && evidence !== undefined && <TriangulationSection assessment={assessment} data={evidence.data} />}
      {evidence !== undefined && (
        <EvidenceSection conclusion={conclusion} evidence={evidence} lost={assessment?.lost ?? []} coderName={coderName} navigate={navigate} />
      )}
      <section className="conclusion-section" aria-labelledby={`${conclusion.id}-displays`}>
        <h3 id={`${conclusion.id}-displays`}>{t('conclusionsScreen.displays.heading')}</h3>
        {displayIds.length === 0 ? <p className="muted">{t('conclusionsScreen.displays.none')}</p> : (
          <ul className="conclusion-displays">
            {displayIds.map((id) => (
              <li key={id}>
                {evidence?.displays.get(id) === undefined ? t('conclusionsScreen.displays.gone') : (
                  <button type="button" className="link-button" onClick={() => navigate({ screen: 'displays', displayId: id })}>{evidence.displays.get(id)?.name}</button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {evidence !== undefined && <MemberCheckSection tally={evidence.memberChecks(conclusion)} informants={evidence.data.informants} />}
      <OutliersSection conclusion={conclusion} evidence={evidence} navigate={navigate} />
      <NegativeEvidenceSection conclusion={conclusion} evidence={evidence} navigate={navigate} />
      <TacticsSection conclusion={conclusion} coderName={coderName} />
      <RivalSection conclusion={conclusion} conclusions={conclusions} navigate={navigate} />
      <ObjectHistory projectId={conclusion.projectId} objectId={conclusion.id} name={conclusionName(conclusion)} />
    </article>
  );
};
