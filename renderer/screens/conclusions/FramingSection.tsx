// What frames a conclusion besides its statement, edited on its page: the research question (saved on choosing), the
// model role (one of the codes' roles or free text, saved on Enter or leaving the field, Escape takes the typing
// back), the codes it rests on (chips and the keyboard code picker) and the displays it was drawn from. Each change is
// one audited, undoable write (updateConclusionFraming).
import { useId, useMemo, useState } from 'react';
import type { Conclusion, Display, Id, Project } from '../../../shared/model/index.ts';
import type { PickableCode } from '../../coding/codeMatcher.ts';
import { LinkedCodesField } from '../../components/LinkedCodesField.tsx';
import { updateConclusionFraming, type ConclusionFraming } from '../../data/conclusions.ts';
import { useCodingSnapshot } from '../../services/CodingStoreContext.tsx';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { modelRolesOf } from './modelRoles.ts';

type Props = {
  conclusion: Conclusion;
  project: Project | undefined;
  codes: readonly PickableCode[];
  displays: ReadonlyMap<Id, Display> | undefined;
};

export const FramingSection = ({ conclusion, project, codes, displays }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const ids = { question: useId(), role: useId(), roles: useId(), codes: useId(), displays: useId() };
  const snapshot = useCodingSnapshot();
  const roles = useMemo(() => modelRolesOf(snapshot.codes), [snapshot.codes]);
  // The typed role exists only while the field has focus, so an undo elsewhere shows at once.
  const [roleDraft, setRoleDraft] = useState<string | null>(null);
  const save = (patch: Partial<ConclusionFraming>) => void toasts.runWrite(() => updateConclusionFraming(db, conclusion.id, patch, undo));
  // Codes and displays deleted since are not shown, and not written back.
  const saveCodes = (codeIds: readonly Id[]) => save({ codeIds: codeIds.filter((id) => codes.some((code) => code.id === id)) });
  const saveDisplays = (displayIds: readonly Id[]) => save({ displayIds: displayIds.filter((id) => displays?.has(id) === true) });
  const saveRole = () => {
    const typed = roleDraft;
    setRoleDraft(null);
    if (typed !== null && (typed.trim() === '' ? null : typed.trim()) !== conclusion.modelRole) save({ modelRole: typed });
  };
  const allDisplays = [...(displays?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const linkedDisplays = conclusion.displayIds.flatMap((id) => displays?.get(id) ?? []);
  const offeredDisplays = allDisplays.filter((display) => !conclusion.displayIds.includes(display.id));
  return (
    <section className="conclusion-framing" aria-label={t('conclusionsScreen.framing.label')}>
      <label className="conclusion-framing-label" htmlFor={ids.question}>{t('conclusionsScreen.new.question')}</label>
      <select
        id={ids.question}
        value={conclusion.researchQuestionId ?? ''}
        onChange={(event) => save({ researchQuestionId: event.currentTarget.value === '' ? null : event.currentTarget.value })}
      >
        <option value="">{t('conclusionsScreen.new.noQuestion')}</option>
        {(project?.researchQuestions ?? []).map((question) => <option key={question.id} value={question.id}>{question.text}</option>)}
      </select>
      <label className="conclusion-framing-label" htmlFor={ids.role}>{t('conclusionsScreen.new.modelRole')}</label>
      <div>
        <input
          id={ids.role}
          type="text"
          list={ids.roles}
          placeholder={t('conclusionsScreen.framing.rolePlaceholder')}
          value={roleDraft ?? conclusion.modelRole ?? ''}
          onFocus={() => setRoleDraft(conclusion.modelRole ?? '')}
          onChange={(event) => setRoleDraft(event.currentTarget.value)}
          onBlur={saveRole}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveRole();
            if (event.key === 'Escape') setRoleDraft(conclusion.modelRole ?? '');
          }}
        />
        <datalist id={ids.roles}>
          {roles.map((role) => <option key={role} value={role} />)}
        </datalist>
      </div>
      <span className="conclusion-framing-label" id={ids.codes}>{t('conclusionsScreen.new.codes')}</span>
      <div role="group" aria-labelledby={ids.codes}>
        <LinkedCodesField
          codes={codes}
          value={conclusion.codeIds}
          onChange={saveCodes}
          words={{
            list: t('conclusionsScreen.new.codes'),
            none: t('conclusionsScreen.framing.noCodes'),
            add: t('conclusionsScreen.framing.addCode'),
            remove: (code) => t('conclusionsScreen.framing.removeCode', { code }),
          }}
        />
      </div>
      <span className="conclusion-framing-label" id={ids.displays}>{t('conclusionsScreen.framing.displays')}</span>
      <div role="group" aria-labelledby={ids.displays}>
        <ul className="linked-codes" aria-label={t('conclusionsScreen.framing.displays')}>
          {linkedDisplays.length === 0 && <li className="muted small">{t('conclusionsScreen.framing.noDisplays')}</li>}
          {linkedDisplays.map((display) => (
            <li key={display.id} className="code-chip">
              <span>{display.name}</span>
              <button
                type="button"
                className="linked-code-remove"
                aria-label={t('conclusionsScreen.framing.removeDisplay', { display: display.name })}
                title={t('conclusionsScreen.framing.removeDisplay', { display: display.name })}
                onClick={() => saveDisplays(conclusion.displayIds.filter((id) => id !== display.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {offeredDisplays.length > 0 && (
          <select
            className="linked-codes-add"
            aria-label={t('conclusionsScreen.framing.addDisplay')}
            value=""
            onChange={(event) => {
              const id = event.currentTarget.value;
              if (id !== '') saveDisplays([...conclusion.displayIds, id]);
            }}
          >
            <option value="">{t('conclusionsScreen.framing.addDisplay')}</option>
            {offeredDisplays.map((display) => <option key={display.id} value={display.id}>{display.name}</option>)}
          </select>
        )}
      </div>
    </section>
  );
};
