// The coders of this installation: who you code as, and every coder met in the data, each renamed (with initials)
// in place. Codings, memos and the audit trail keep the coder's id, so a new name shows on all of them at once.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { createCoder, listCoders, readCurrentCoder, setCurrentCoder, updateCoder } from '../../data/coders.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { CoderRow } from './CoderRow.tsx';

export const CodersPanel = () => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite, notify } = useToasts();
  const current = useLiveQuery(() => readCurrentCoder(db), [db]);
  const coders = useLiveQuery(() => listCoders(db), [db]);
  const [newName, setNewName] = useState('');

  return (
    <section className="panel" aria-labelledby="coders-heading">
      <h2 id="coders-heading" className="panel-title">{t('settings.coders.title')}</h2>
      <p>{t('settings.coders.explanation')}</p>
      {current !== undefined && current !== null && <p data-testid="current-coder">{t('settings.coders.current', { name: current.name, initials: current.initials })}</p>}
      {coders !== undefined && coders.length > 0 && (
        <table className="data-table coders-table" aria-label={t('settings.coders.table')}>
          <thead>
            <tr>
              <th scope="col">{t('settings.coders.column.name')}</th>
              <th scope="col">{t('settings.coders.column.initials')}</th>
              <th scope="col" className="actions-column">
                <span className="visually-hidden">{t('settings.coders.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {coders.map((coder) => (
              <CoderRow
                key={coder.id}
                coder={coder}
                current={coder.id === current?.id}
                onSave={async (name, initials) => (await runWrite(() => updateCoder(db, coder.id, { name, initials }))) !== undefined}
                onCodeAs={() =>
                  void runWrite(() => setCurrentCoder(db, coder.id)).then((done) => {
                    if (done !== undefined) notify(t('settings.coders.switched', { name: coder.name }));
                  })
                }
              />
            ))}
          </tbody>
        </table>
      )}
      <form
        className="inline-form coders-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (newName.trim() === '') return;
          void runWrite(() => createCoder(db, newName)).then((coder) => {
            if (coder !== undefined) setNewName('');
          });
        }}
      >
        <input type="text" aria-label={t('settings.coders.add.label')} placeholder={t('settings.coders.add.placeholder')} value={newName} onChange={(event) => setNewName(event.currentTarget.value)} />
        <button type="submit" className="button">{t('settings.coders.add')}</button>
      </form>
    </section>
  );
};
