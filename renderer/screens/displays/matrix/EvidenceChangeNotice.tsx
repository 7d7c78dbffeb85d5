// "Evidence changed since this summary": what was added to the cell and what left it since its note was written or
// last reviewed (a coding deleted since has no excerpt to show and is counted), and "Mark as reviewed", which lets the
// note stand against the cell's evidence as it is now.
import type { EvidenceChange } from '../../../../shared/analysis/displayView.ts';
import type { MatrixData } from '../../../../shared/analysis/matrixTypes.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import type { Route } from '../../../services/routes.ts';
import { CellExcerptList } from './CellExcerptList.tsx';
import { cellExcerpts } from './cellExcerpts.ts';

type Props = { change: EvidenceChange; data: MatrixData; navigate: (route: Route) => void; onReviewed: () => void };

export const EvidenceChangeNotice = ({ change, data, navigate, onReviewed }: Props) => {
  const { t } = useTranslation();
  const added = cellExcerpts(data, change.added);
  const removed = cellExcerpts(data, change.removed);
  const deleted = change.removed.length - removed.length;
  return (
    <section className="evidence-changed" role="status" aria-label={t('displays.flag.title')}>
      <h3>
        <span aria-hidden="true">⚠ </span>
        {t('displays.flag.title')}
      </h3>
      <p className="small">{t('displays.flag.summary', { added: change.added.length, removed: change.removed.length })}</p>
      {added.length > 0 && (
        <>
          <h4>{t('displays.flag.added')}</h4>
          <CellExcerptList excerpts={added} navigate={navigate} label={t('displays.flag.added')} />
        </>
      )}
      {removed.length > 0 && (
        <>
          <h4>{t('displays.flag.removed')}</h4>
          <CellExcerptList excerpts={removed} navigate={navigate} label={t('displays.flag.removed')} />
        </>
      )}
      {deleted > 0 && <p className="small">{t('displays.flag.deleted', { count: deleted })}</p>}
      <button type="button" className="button small" onClick={onReviewed}>
        {t('displays.flag.review')}
      </button>
    </section>
  );
};
