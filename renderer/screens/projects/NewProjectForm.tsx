// Creating a project: its name, and an explicit choice of how its code tree starts — empty, or from a template
// (built-in or saved) picked from the list that choice opens. Nothing is preselected, so nobody gets a full
// codebook (or none) without having asked for it.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../shared/model/index.ts';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID, findBuiltInTemplate } from '../../../shared/templates/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { createProject } from '../../data/projects.ts';
import { listTemplates } from '../../data/templates.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Start = 'empty' | 'template';

export const NewProjectForm = ({ onCreated }: { onCreated: (project: Project) => void }) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const [name, setName] = useState('');
  const [start, setStart] = useState<Start | null>(null);
  const [templateId, setTemplateId] = useState<string>(DEFAULT_TEMPLATE_ID);
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const saved = (templates ?? []).filter((template) => findBuiltInTemplate(template.id) === undefined);
  const options = [
    ...BUILT_IN_TEMPLATES.map((template) => ({ ...template, tag: t('codes.newProject.builtIn') })),
    ...saved.map((template) => ({ ...template, tag: t('codes.newProject.saved') })),
  ];

  const create = async () => {
    if (start === null) return;
    const project = await runWrite(() => createProject(db, { name, templateId: start === 'empty' ? null : templateId }));
    if (project === undefined) return;
    setName('');
    setStart(null);
    onCreated(project);
  };

  const startOption = (value: Start, label: string, description: string) => (
    <label className="template-option">
      <input type="radio" name="new-project-start" value={value} checked={start === value} onChange={() => setStart(value)} />
      <span>
        <strong>{label}</strong>
        <span className="muted small template-description">{description}</span>
      </span>
    </label>
  );

  return (
    <form
      className="new-project-form"
      aria-labelledby="new-project-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <h2 id="new-project-heading" className="panel-title">{t('projects.new.heading')}</h2>
      <div className="new-project-name">
        <label htmlFor="new-project-name">{t('projects.new.nameLabel')}</label>
        <input
          id="new-project-name"
          type="text"
          className="wide-input"
          autoFocus
          value={name}
          placeholder={t('projects.new.placeholder')}
          onChange={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <fieldset className="template-choice">
        <legend>{t('projects.new.startLegend')}</legend>
        {startOption('empty', t('codes.newProject.empty'), t('codes.newProject.emptyDescription'))}
        {startOption('template', t('projects.new.startFromTemplate'), t('projects.new.startFromTemplateDescription'))}
        {start === 'template' && (
          <fieldset className="template-list">
            <legend>{t('projects.new.templateLegend')}</legend>
            {options.map((option) => (
              <label key={option.id} className="template-option">
                <input
                  type="radio"
                  name="new-project-template"
                  value={option.id}
                  checked={templateId === option.id}
                  onChange={() => setTemplateId(option.id)}
                />
                <span>
                  <strong>{option.name}</strong>
                  <span className="badge neutral">{option.tag}</span>
                  <span className="muted small template-description">{option.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
      </fieldset>
      <div className="new-project-actions">
        <button type="submit" className="button primary" disabled={name.trim() === '' || start === null}>
          {t('projects.new.create')}
        </button>
        {start === null && <span className="muted small">{t('projects.new.chooseStart')}</span>}
      </div>
    </form>
  );
};
