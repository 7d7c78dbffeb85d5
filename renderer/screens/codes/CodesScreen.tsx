// The Codes screen: the code tree (full editing) beside the selected code's details, and the templates.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../../shared/model/index.ts';
import type { CodebookTemplate, TemplateCode } from '../../../shared/templates/index.ts';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useCodingSnapshot } from '../../services/CodingStoreContext.tsx';
import { getProject } from '../../data/projects.ts';
import { listTemplates } from '../../data/templates.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { CodebookExportDialog } from './CodebookExportDialog.tsx';
import { CodeDetails } from './CodeDetails.tsx';
import { CodeTreePanel } from '../../codeTree/CodeTreePanel.tsx';
import { TemplatesPanel } from './TemplatesPanel.tsx';

type Props = { projectId: string; navigate: (route: Route) => void };

const rolesOf = (codes: readonly TemplateCode[]): string[] =>
  codes.flatMap((code) => [...(code.modelRole ? [code.modelRole] : []), ...rolesOf(code.children ?? [])]);

/** Model roles to suggest: those of the project's template, or of every shipped template when it has none. */
const templateRoles = (templateId: string | null | undefined, templates: readonly CodebookTemplate[]): string[] => {
  const own = templates.find((template) => template.id === templateId);
  return (own === undefined ? BUILT_IN_TEMPLATES : [own]).flatMap((template) => rolesOf(template.codes));
};

export const CodesScreen = ({ projectId }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { codes } = useCodingSnapshot();
  const [selectedId, setSelectedId] = useState<Id | null>(null);
  const [exporting, setExporting] = useState(false);
  const project = useLiveQuery(() => getProject(db, projectId), [db, projectId]);
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const roleSuggestions = useMemo(() => templateRoles(project?.templateId, templates ?? []), [project, templates]);
  const shownId = selectedId !== null && codes.some((code) => code.id === selectedId) ? selectedId : null;

  return (
    <section className="screen codes-screen" aria-labelledby="codes-heading">
      <div className="screen-header">
        <h1 id="codes-heading">{t('codes.title')}</h1>
        <button type="button" className="button" onClick={() => setExporting(true)}>
          {t('codebookExport.open')}
        </button>
      </div>
      <div className="codes-layout">
        <div className="codes-tree-column">
          <CodeTreePanel projectId={projectId} mode="manage" selectedId={shownId} onSelect={setSelectedId} />
        </div>
        <div className="codes-side-column">
          <CodeDetails codeId={shownId} roleSuggestions={roleSuggestions} />
          <TemplatesPanel projectId={projectId} hasCodes={codes.length > 0} />
        </div>
      </div>
      {exporting && <CodebookExportDialog projectId={projectId} onClose={() => setExporting(false)} />}
    </section>
  );
};
