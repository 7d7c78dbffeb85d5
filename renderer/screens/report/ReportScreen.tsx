// The Report screen (issue 11): the ecosystem-model report's options on the left, remembered per project; on the
// right its outline, the progress of a build, and the report itself once generated; then Save… and Open.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../../../shared/model/index.ts';
import { documentOutline, sectionOutline } from '../../../shared/report/writeReport.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { REPORT_OPTIONS_FORM, ReportOptionsPanel } from './ReportOptionsPanel.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import { useReportChoices } from './useReportChoices.ts';
import { useReportRun } from './useReportRun.ts';
import '../../styles/report.css';

type Props = { projectId: Id };

export const ReportScreen = ({ projectId }: Props) => {
  const db = useDatabase();
  const { t, locale } = useTranslation();
  const projectName = useLiveQuery(async () => (await db.projects.get(projectId))?.name ?? '', [db, projectId]) ?? '';
  const [choices, change] = useReportChoices(projectId, locale);
  const run = useReportRun(projectId, projectName);

  if (choices === undefined) return <section className="screen report-screen" aria-busy="true" />;

  const optionsKey = JSON.stringify(choices.options);
  const nothingIncluded = choices.options.sections.every((section) => !section.included);
  const stale = run.generated !== null && run.generated.optionsKey !== optionsKey;
  const outline = run.generated === null ? sectionOutline({ ...choices.options, generatedAt: '' }) : documentOutline(run.generated.built.document);

  return (
    <section className="screen report-screen" aria-labelledby="report-heading">
      <div className="screen-header">
        <h1 id="report-heading">{t('reportScreen.title')}</h1>
        <div className="screen-header-actions">
          <button type="submit" form={REPORT_OPTIONS_FORM} className="button primary" disabled={run.generating || nothingIncluded}>
            {run.generating ? t('reportScreen.generating') : t('reportScreen.generate')}
          </button>
          <button type="button" className="button" disabled={run.generated === null || run.busy || run.generating} onClick={() => void run.save(choices.format)}>
            {t('reportScreen.save')}
          </button>
          <button type="button" className="button" disabled={!run.canOpen || run.busy || run.generating} onClick={() => void run.open(choices.format)}>
            {t('reportScreen.open')}
          </button>
        </div>
      </div>
      <p className="muted report-intro">{t('reportScreen.intro')}</p>
      {run.problem !== null && <p className="report-problem" role="alert">{run.problem}</p>}
      <div className="report-layout">
        <ReportOptionsPanel
          choices={choices}
          change={change}
          onGenerate={() => void run.generate({ ...choices.options, generatedAt: new Date().toISOString() }, optionsKey)}
        />
        <ReportPreview outline={outline} built={run.generated !== null} progress={run.progress} html={run.generated?.built.html ?? null} stale={stale} />
      </div>
    </section>
  );
};
