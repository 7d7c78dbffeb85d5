// Creating a project: its name and the code tree it starts with (empty, a built-in template or a saved one).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../shared/model/index.ts';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID, findBuiltInTemplate } from '../../../shared/templates/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { createProject } from '../../data/projects.ts';
import { listTemplates } from '../../data/templates.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

const EMPTY = '';

export const NewProjectForm = ({ onCreated }: { onCreated: (project: Project) => void }) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState<string>(DEFAULT_TEMPLATE_ID);
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const saved = (templates ?? []).filter((template) => findBuiltInTemplate(template.id) === undefined);
  const options = [
    { id: EMPTY, name: t('codes.newProject.empty'), description: t('codes.newProject.emptyDescription'), tag: null },
    ...BUILT_IN_TEMPLATES.map((template) => ({ ...template, tag: t('codes.newProject.builtIn') })),
    ...saved.map((template) => ({ ...template, tag: t('codes.newProject.saved') })),
  ];

  const create = async () => {
    const project = await runWrite(() => createProject(db, { name, templateId: templateId === EMPTY ? null : templateId }));
    if (project === undefined) return;
    setName('');
    onCreated(project);
  };

  return (
    <form
      className="new-project-form"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <div className="inline-form">
        <label htmlFor="new-project-name">{t('projects.new.label')}</label>
        <input
          id="new-project-name"
          type="text"
          autoFocus
          value={name}
          placeholder={t('projects.new.placeholder')}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit" className="button primary" disabled={name.trim() === ''}>
          {t('projects.new.create')}
        </button>
      </div>
      <fieldset className="template-choice">
        <legend>{t('codes.newProject.templateLegend')}</legend>
        {options.map((option) => (
          <label key={option.id || 'empty'} className="template-option">
            <input
              type="radio"
              name="new-project-template"
              value={option.id}
              checked={templateId === option.id}
              onChange={() => setTemplateId(option.id)}
            />
            <span>
              <strong>{option.name}</strong>
              {option.tag !== null && <span className="badge neutral">{option.tag}</span>}
              <span className="muted small template-description">{option.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </form>
  );
};
