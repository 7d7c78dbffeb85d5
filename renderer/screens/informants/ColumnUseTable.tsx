// The informant import's column mapping: each column of the file with its first values and what it is imported
// as — the pseudonym, the role, the real name, a typed attribute, or left out.
import type { ColumnUse } from '../../../shared/import/informantRows.ts';
import type { SheetTable } from '../../../shared/import/sheetTable.ts';
import { ATTRIBUTE_TYPES, type AttributeType } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { table: SheetTable; uses: readonly ColumnUse[]; onChange: (index: number, use: ColumnUse) => void };

const SAMPLES = 3;

const useValue = (use: ColumnUse): string => (use.kind === 'attribute' ? `attribute:${use.type}` : use.kind);

const isAttributeType = (value: string): value is AttributeType => ATTRIBUTE_TYPES.some((type) => type === value);

/** The use a select value stands for; attributes are named after their column's header. */
const useOf = (value: string, header: string): ColumnUse => {
  if (value === 'pseudonym' || value === 'role' || value === 'realName') return { kind: value };
  const type = value.slice('attribute:'.length);
  if (value.startsWith('attribute:') && isAttributeType(type)) return { kind: 'attribute', name: header, type };
  return { kind: 'ignore' };
};

export const ColumnUseTable = ({ table, uses, onChange }: Props) => {
  const { t } = useTranslation();
  return (
    <table className="data-table column-use-table" aria-label={t('informantImport.columns.table')}>
      <thead>
        <tr>
          <th scope="col">{t('informantImport.columns.header')}</th>
          <th scope="col">{t('informantImport.columns.sample')}</th>
          <th scope="col">{t('informantImport.columns.use')}</th>
        </tr>
      </thead>
      <tbody>
        {table.header.map((header, index) => {
          const column = header === '' ? String(index + 1) : header;
          const samples = table.rows.slice(0, SAMPLES).map((row) => row.cells[index] ?? '').filter((value) => value !== '');
          return (
            <tr key={`${index}-${header}`}>
              <th scope="row">{column}</th>
              <td className="muted small column-samples">{samples.join(' · ')}</td>
              <td>
                <select
                  aria-label={t('informantImport.columns.useOf', { column })}
                  value={useValue(uses[index])}
                  onChange={(event) => {
                    const current = uses[index];
                    onChange(index, useOf(event.currentTarget.value, current.kind === 'attribute' ? current.name : column));
                  }}
                >
                  <option value="pseudonym">{t('informantImport.use.pseudonym')}</option>
                  <option value="role">{t('informantImport.use.role')}</option>
                  <option value="realName">{t('informantImport.use.realName')}</option>
                  {ATTRIBUTE_TYPES.map((type) => (
                    <option key={type} value={`attribute:${type}`}>
                      {`${t('informantImport.use.attribute')} (${t(`informants.type.${type}`)})`}
                    </option>
                  ))}
                  <option value="ignore">{t('informantImport.use.ignore')}</option>
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
