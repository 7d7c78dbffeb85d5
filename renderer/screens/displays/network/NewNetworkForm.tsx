// Starting a network display by name from the Displays screen (until its "New display" type chooser offers networks).
import { useState, type FormEvent } from 'react';
import type { Route } from '../../../services/routes.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { useUndoManager } from '../../../services/UndoContext.tsx';
import { useToasts } from '../../../services/Toasts.tsx';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { createDisplay } from '../../../data/displays.ts';

export const NewNetworkForm = ({ projectId, navigate }: { projectId: string; navigate: (route: Route) => void }) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const display = await toasts.runWrite(() => createDisplay(db, projectId, { name, type: 'network' }, undo));
    if (display === undefined) return;
    setName('');
    navigate({ screen: 'displays', displayId: display.id });
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <input type="text" aria-label={t('network.newName')} placeholder={t('network.newName')} value={name} onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button" disabled={name.trim() === ''}>{t('network.new')}</button>
    </form>
  );
};
