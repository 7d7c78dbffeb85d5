// Adds an attribute column (name + type) to the informants table.
import { useState } from 'react';
import { ATTRIBUTE_TYPES as TYPES, type AttributeType } from '../../../shared/model/index.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { AttributeColumn } from './InformantsScreen.tsx';

const asType = (value: string): AttributeType => TYPES.find((type) => type === value) ?? 'text';

export const AddAttributeForm = ({ existing, onAdd }: { existing: string[]; onAdd: (column: AttributeColumn) => void }) => {
  const { t } = useTranslation();
  const { reportError } = useToasts();
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  return (
    <form
      className="inline-form"
      aria-label={t('informants.attribute.add')}
      onSubmit={(event) => {
        event.preventDefault();
        const clean = name.trim().replace(/\s+/g, ' ');
        if (existing.some((column) => column.toLocaleLowerCase() === clean.toLocaleLowerCase())) {
          reportError(new Error(t('informants.attribute.exists', { name: clean })));
          return;
        }
        onAdd({ name: clean, type });
        setName('');
      }}
    >
      <input
        type="text"
        aria-label={t('informants.attribute.name')}
        placeholder={t('informants.attribute.name')}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <select aria-label={t('informants.attribute.type')} value={type} onChange={(event) => setType(asType(event.currentTarget.value))}>
        {TYPES.map((option) => (
          <option key={option} value={option}>
            {t(`informants.type.${option}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={name.trim() === ''}>
        {t('informants.attribute.add')}
      </button>
    </form>
  );
};
