// Adds an informant: pseudonym and role (the role field suggests the project's presets).
import { useState } from 'react';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { createInformant } from '../../data/informants.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

export const AddInformantForm = ({ projectId, roleListId }: { projectId: string; roleListId: string }) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const [pseudonym, setPseudonym] = useState('');
  const [role, setRole] = useState('');
  return (
    <form
      className="inline-form"
      aria-label={t('informants.add.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void runWrite(() => createInformant(db, projectId, { pseudonym, role: role.trim() })).then((created) => {
          if (created === undefined) return;
          setPseudonym('');
          setRole('');
        });
      }}
    >
      <input
        type="text"
        aria-label={t('informants.add.pseudonym')}
        placeholder={t('informants.add.pseudonym')}
        value={pseudonym}
        onChange={(event) => setPseudonym(event.currentTarget.value)}
      />
      <input
        type="text"
        aria-label={t('informants.add.role')}
        placeholder={t('informants.add.role')}
        list={roleListId}
        value={role}
        onChange={(event) => setRole(event.currentTarget.value)}
      />
      <button type="submit" className="button primary" disabled={pseudonym.trim() === ''}>
        {t('informants.add.submit')}
      </button>
    </form>
  );
};
