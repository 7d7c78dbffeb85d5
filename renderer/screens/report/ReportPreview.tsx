// The Report screen's right pane: the progress of a build (a <progress> with the section being written), the outline
// (the chosen sections before a build, the document's sections and their headings after), and the report itself in a
// sandboxed frame — no scripts, no same-origin access — so the researcher reads what will be saved.
import type { OutlineEntry } from '../../../shared/report/writeReport.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

export type ReportProgress = { done: number; total: number; label: string | null; finished: boolean };

type Props = { outline: OutlineEntry[]; built: boolean; progress: ReportProgress | null; html: string | null; stale: boolean };

export const ReportPreview = ({ outline, built, progress, html, stale }: Props) => {
  const { t } = useTranslation();
  const progressText = (value: ReportProgress): string => {
    if (value.finished) return t('reportScreen.done', { count: value.total });
    if (value.label === null) return t('reportScreen.progress.starting');
    return t('reportScreen.progress.section', { done: value.done, total: value.total, section: value.label });
  };

  return (
    <div className="report-preview">
      {progress !== null && (
        <div className="report-progress panel">
          <progress
            aria-label={t('reportScreen.progress.label')}
            max={Math.max(progress.total, 1)}
            value={progress.label === null && !progress.finished ? undefined : progress.done}
          />
          <p role="status" className="report-progress-text">{progressText(progress)}</p>
        </div>
      )}
      <section className="panel report-outline" aria-labelledby="report-outline-heading">
        <h2 id="report-outline-heading" className="panel-title">{t('reportScreen.outline.heading')}</h2>
        {!built && <p className="muted small">{t('reportScreen.outline.planned')}</p>}
        {outline.length === 0 ? (
          <p className="muted">{t('reportScreen.outline.empty')}</p>
        ) : (
          <ol aria-label={t('reportScreen.outline.label')}>
            {outline.map((entry) => (
              <li key={entry.id}>
                <span className="report-outline-section">{entry.title}</span>
                {entry.headings.length > 0 && (
                  <ul>
                    {entry.headings.map((heading, index) => <li key={`${index}:${heading}`}>{heading}</li>)}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel report-frame-panel" aria-labelledby="report-preview-heading">
        <h2 id="report-preview-heading" className="panel-title">{t('reportScreen.preview.heading')}</h2>
        {stale && <p className="report-stale" role="note">{t('reportScreen.stale')}</p>}
        {html === null ? (
          <p className="muted">{t('reportScreen.preview.none')}</p>
        ) : (
          <iframe className="report-frame" title={t('reportScreen.preview.frame')} sandbox="" srcDoc={html} />
        )}
      </section>
    </div>
  );
};
