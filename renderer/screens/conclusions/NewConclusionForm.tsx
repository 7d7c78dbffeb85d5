// Drawing a conclusion: its statement, an optional research question of the project, the model role it speaks to
// (one of the codes' model roles or free text) and the codes it rests on.
import { useId, useState } from 'react';
import { EMPTY_RICH_TEXT, type Id, type ResearchQuestion } from '../../../shared/model/index.ts';
import type { PickableCode } from '../../coding/codeMatcher.ts';
import { RichTextMemo } from '../../components/memoEditor/RichTextMemo.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { NewConclusion } from '../../data/conclusions.ts';

type Props = {
  researchQuestions: readonly ResearchQuestion[];
  modelRoles: readonly string[];
  codes: readonly PickableCode[];
  onCreate: (input: NewConclusion) => void;
  onCancel: () => void;
};

export const NewConclusionForm = ({ researchQuestions, modelRoles, codes, onCreate, onCancel }: Props) => {
  const { t } = useTranslation();
  const headingId = useId();
  const rolesId = useId();
  const [statement, setStatement] = useState(EMPTY_RICH_TEXT);
  const [questionId, setQuestionId] = useState('');
  const [modelRole, setModelRole] = useState('');
  const [codeIds, setCodeIds] = useState<Id[]>([]);
  const toggle = (id: Id) => setCodeIds((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));
  return (
    <form
      className="new-conclusion-form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (statement.plainText.trim() === '') return;
        onCreate({ statement, researchQuestionId: questionId === '' ? null : questionId, modelRole: modelRole.trim() === '' ? null : modelRole.trim(), codeIds });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={headingId}>{t('conclusionsScreen.new.heading')}</h2>
      <div className="conclusion-statement-field">
        <RichTextMemo
          content=""
          fallbackText=""
          autoFocus
          label={t('conclusionsScreen.statement.label')}
          placeholder={t('conclusionsScreen.statement.placeholder')}
          onChange={(body) => setStatement(body)}
          onBlur={() => undefined}
        />
      </div>
      <label className="conclusion-field">
        <span>{t('conclusionsScreen.new.question')}</span>
        <select value={questionId} onChange={(event) => setQuestionId(event.currentTarget.value)}>
          <option value="">{t('conclusionsScreen.new.noQuestion')}</option>
          {researchQuestions.map((question) => <option key={question.id} value={question.id}>{question.text}</option>)}
        </select>
      </label>
      <label className="conclusion-field">
        <span>{t('conclusionsScreen.new.modelRole')}</span>
        <input type="text" list={rolesId} value={modelRole} onChange={(event) => setModelRole(event.currentTarget.value)} />
        <datalist id={rolesId}>
          {modelRoles.map((role) => <option key={role} value={role} />)}
        </datalist>
      </label>
      <fieldset className="conclusion-codes">
        <legend>{t('conclusionsScreen.new.codes')}</legend>
        <div className="conclusion-code-options">
          {codes.map((code) => (
            <label key={code.id} className="conclusion-code-option">
              <input type="checkbox" checked={codeIds.includes(code.id)} onChange={() => toggle(code.id)} />
              <span>{code.path}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="new-conclusion-actions">
        <button type="submit" className="button primary" disabled={statement.plainText.trim() === ''}>{t('conclusionsScreen.new.create')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('conclusionsScreen.new.cancel')}</button>
      </div>
    </form>
  );
};
