// Per-file outcome of an import: imported (with a link to open it), skipped (why) or failed (the reason).
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ImportResultItem } from './useImportFlow.ts';

type Props = { results: ImportResultItem[]; onOpenSource: (sourceId: string) => void };

export const ImportResults = ({ results, onOpenSource }: Props) => {
  const { t } = useTranslation();
  const count = (status: ImportResultItem['status']) => results.filter((item) => item.status === status).length;
  return (
    <>
      <p className="import-summary">
        {t('importUi.results.summary', { imported: count('imported'), skipped: count('skipped'), failed: count('failed') })}
      </p>
      <table className="data-table" aria-label={t('importUi.results.table')}>
        <thead>
          <tr>
            <th scope="col">{t('importUi.column.file')}</th>
            <th scope="col">{t('importUi.column.status')}</th>
            <th scope="col">{t('importUi.column.details')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((item, index) => (
            <tr key={`${item.fileName}-${index}`} data-status={item.status}>
              <td className="file-name">{item.fileName}</td>
              <td>
                <span className={`badge ${item.status}`}>{t(`importUi.status.${item.status}`)}</span>
              </td>
              <td>
                {item.message}
                {item.sourceId !== null && (
                  <>
                    {' '}
                    <button type="button" className="button link" onClick={() => item.sourceId !== null && onOpenSource(item.sourceId)}>
                      {t('importUi.results.open')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
};
