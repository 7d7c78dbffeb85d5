// A name edited in place: a text field with Save (and, unless compact, Cancel); Enter saves, Escape cancels.
// An unchanged or blank name closes the form without saving.
import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

type Props = {
  /** Accessible label of the field, e.g. "New name for “R1”". */
  label: string;
  initial: string;
  /** Saves the new name; resolves true when saved, so the form can close. */
  onSave: (name: string) => Promise<boolean>;
  onClose: () => void;
  /** Narrow panels: a small Save button and no Cancel button (Escape still cancels). */
  compact?: boolean;
};

export const InlineRenameForm = ({ label, initial, onSave, onClose, compact = false }: Props) => {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const save = async () => {
    if (value.trim() === '' || value.trim() === initial) onClose();
    else if (await onSave(value)) onClose();
  };
  return (
    <form
      className="inline-edit"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <input
        type="text"
        aria-label={label}
        value={value}
        autoFocus
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <button type="submit" className={compact ? 'button primary small' : 'button primary'}>
        {t('app.action.save')}
      </button>
      {!compact && (
        <button type="button" className="button" onClick={onClose}>
          {t('app.action.cancel')}
        </button>
      )}
    </form>
  );
};
