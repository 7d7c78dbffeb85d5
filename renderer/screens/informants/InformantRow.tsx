// One informant in the informants table: pseudonym, role and attributes edited in place, its sources, its
// member-check packet, delete.
import type { AttributeValue, Informant } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { updateInformant } from '../../data/informants.ts';
import type { SourceSummary } from '../../data/sources.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { attributeToRaw, rawToAttribute } from './attributeValues.ts';
import { EditableCell } from './EditableCell.tsx';
import type { AttributeColumn } from './InformantsScreen.tsx';

type Props = {
  informant: Informant;
  columns: AttributeColumn[];
  sources: SourceSummary[];
  roleListId: string;
  onShowSources: () => void;
  onDelete: () => void;
  onPacket: () => void;
};

export const InformantRow = ({ informant, columns, sources, roleListId, onShowSources, onDelete, onPacket }: Props) => {
  const db = useDatabase();
  const { t, formatDate, formatNumber } = useTranslation();
  const { runWrite, reportError } = useToasts();
  const name = informant.pseudonym;

  const save = async (patch: Parameters<typeof updateInformant>[2]): Promise<boolean> =>
    (await runWrite(async () => {
      await updateInformant(db, informant.id, patch);
      return true;
    })) ?? false;

  const saveAttribute = async (column: AttributeColumn, raw: string): Promise<boolean> => {
    const value = rawToAttribute(column.type, raw);
    if (value === undefined) {
      reportError(new Error(t('informants.attribute.invalid', { name: column.name, type: t(`informants.type.${column.type}`) })));
      return false;
    }
    const { [column.name]: _previous, ...others } = informant.attributes;
    const attributes: Record<string, AttributeValue> = value === null ? others : { ...others, [column.name]: value };
    return save({ attributes });
  };

  const showAttribute = (value: AttributeValue | undefined) => {
    if (value === undefined) return <span className="muted">—</span>;
    switch (value.type) {
      case 'boolean':
        return value.value ? t('informants.value.yes') : t('informants.value.no');
      case 'date':
        return formatDate(value.value);
      case 'number':
        return formatNumber(value.value);
      case 'text':
        return value.value;
    }
  };

  return (
    <tr>
      <EditableCell
        value={name}
        display={<strong>{name}</strong>}
        label={t('informants.edit.pseudonym', { name })}
        editor="text"
        onSave={(raw) => save({ pseudonym: raw })}
      />
      <EditableCell
        value={informant.role}
        display={informant.role || <span className="muted">—</span>}
        label={t('informants.edit.role', { name })}
        editor="text"
        listId={roleListId}
        onSave={(raw) => save({ role: raw.trim() })}
      />
      {columns.map((column) => (
        <EditableCell
          key={column.name}
          value={attributeToRaw(informant.attributes[column.name])}
          display={showAttribute(informant.attributes[column.name])}
          label={t('informants.edit.attribute', { attribute: column.name, name })}
          editor={column.type}
          onSave={(raw) => saveAttribute(column, raw)}
        />
      ))}
      <td className="nowrap">
        {sources.length === 0 ? (
          <span className="muted">{t('informants.sources.none')}</span>
        ) : (
          <button
            type="button"
            className="button link"
            title={sources.map((source) => source.title).join('\n')}
            aria-label={t('informants.sources.show', { name, count: sources.length })}
            onClick={onShowSources}
          >
            {t(sources.length === 1 ? 'informants.sources.one' : 'informants.sources.many', { count: sources.length })}
          </button>
        )}
      </td>
      <td className="row-actions">
        <button type="button" className="button small" aria-label={t('memberCheckPacket.action.label', { pseudonym: name })} onClick={onPacket}>
          {t('memberCheckPacket.action')}
        </button>
        <button type="button" className="button small danger-outline" aria-label={t('informants.delete.button', { name })} onClick={onDelete}>
          {t('informants.delete')}
        </button>
      </td>
    </tr>
  );
};
