// One coder in the Settings coders table: name and initials (edited together in place), a "you" badge on the
// current coder, and "Code as" to make another coder the current one.
import { useState } from 'react';
import type { Coder } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = {
  coder: Coder;
  current: boolean;
  /** Resolves true when saved, so the form can close. */
  onSave: (name: string, initials: string) => Promise<boolean>;
  onCodeAs: () => void;
};

export const CoderRow = ({ coder, current, onSave, onCodeAs }: Props) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(coder.name);
  const [initials, setInitials] = useState(coder.initials);

  const open = () => {
    setName(coder.name);
    setInitials(coder.initials);
    setEditing(true);
  };

  if (editing) {
    return (
      <tr className={current ? 'current' : undefined}>
        <td colSpan={3}>
          <form
            className="inline-edit"
            onSubmit={(event) => {
              event.preventDefault();
              void onSave(name, initials).then((saved) => saved && setEditing(false));
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setEditing(false);
              }
            }}
          >
            <input type="text" aria-label={t('settings.coders.nameLabel', { name: coder.name })} value={name} autoFocus onChange={(event) => setName(event.currentTarget.value)} />
            <input
              type="text"
              className="initials-input"
              aria-label={t('settings.coders.initialsLabel', { name: coder.name })}
              value={initials}
              maxLength={8}
              onChange={(event) => setInitials(event.currentTarget.value)}
            />
            <button type="submit" className="button primary">{t('app.action.save')}</button>
            <button type="button" className="button" onClick={() => setEditing(false)}>{t('app.action.cancel')}</button>
          </form>
        </td>
      </tr>
    );
  }

  return (
    <tr className={current ? 'current' : undefined} aria-current={current ? 'true' : undefined}>
      <td>
        <span className="strong">{coder.name}</span>
        {current && <span className="badge neutral">{t('settings.coders.you')}</span>}
      </td>
      <td><span className="coder-initials">{coder.initials}</span></td>
      <td className="row-actions">
        <button type="button" className="button" aria-label={t('settings.coders.edit.label', { name: coder.name })} onClick={open}>
          {t('settings.coders.edit')}
        </button>
        {!current && (
          <button type="button" className="button" aria-label={t('settings.coders.codeAs.label', { name: coder.name })} onClick={onCodeAs}>
            {t('settings.coders.codeAs')}
          </button>
        )}
      </td>
    </tr>
  );
};
