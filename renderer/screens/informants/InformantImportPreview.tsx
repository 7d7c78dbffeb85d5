// The informant import's preview: what each row of the file becomes (a new informant, an update of one the project
// has, or refused), and every refused row with the file, the row and the reason.
import type { InformantRowOutcome } from '../../../shared/import/informantRows.ts';
import type { AttributeValue } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { rows: readonly InformantRowOutcome[] };

/** Rows shown in the preview table; the refusals list names every refused row whatever its place. */
const PREVIEW_ROWS = 50;

export const InformantImportPreview = ({ rows }: Props) => {
  const { t, formatDate, formatNumber } = useTranslation();
  const shown = (value: AttributeValue): string => {
    if (value.type === 'date') return formatDate(value.value);
    if (value.type === 'number') return formatNumber(value.value);
    if (value.type === 'boolean') return t(value.value ? 'informants.value.yes' : 'informants.value.no');
    return value.value;
  };
  const refused = rows.flatMap((row) => (row.action === 'refuse' ? [row] : []));
  return (
    <>
      <table className="data-table informant-preview" aria-label={t('informantImport.preview.table')}>
        <thead>
          <tr>
            <th scope="col">{t('informantImport.preview.row')}</th>
            <th scope="col">{t('informantImport.preview.action')}</th>
            <th scope="col">{t('informants.column.pseudonym')}</th>
            <th scope="col">{t('informants.column.role')}</th>
            <th scope="col">{t('informantImport.preview.attributes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PREVIEW_ROWS).map((row) => (
            <tr key={row.rowNumber} className={row.action === 'refuse' ? 'excluded' : undefined}>
              <td>{formatNumber(row.rowNumber)}</td>
              <td>
                <span className={`badge ${row.action === 'refuse' ? 'failed' : row.action === 'update' ? 'neutral' : 'imported'}`}>
                  {t(`informantImport.preview.${row.action}`)}
                </span>
              </td>
              {row.action === 'refuse' ? (
                <td colSpan={3} className="muted small">{row.reason}</td>
              ) : (
                <>
                  <td>{row.fields.pseudonym}</td>
                  <td>{row.fields.role}</td>
                  <td className="small">
                    {Object.entries(row.fields.attributes).map(([name, value]) => `${name}: ${shown(value)}`).join('; ')}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > PREVIEW_ROWS && <p className="muted small">{t('informantImport.preview.more', { count: rows.length - PREVIEW_ROWS })}</p>}
      {refused.length > 0 && (
        <section className="import-failures" aria-label={t('informantImport.refusals.title')}>
          <h3>{t('informantImport.refusals.title')}</h3>
          <ul>
            {refused.map((row) => (
              <li key={row.rowNumber} className="failure-row">{row.reason}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
};
