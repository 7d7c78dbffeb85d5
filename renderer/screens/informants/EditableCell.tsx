// A table cell edited in place: click to edit, Enter or leaving the cell saves, Escape cancels.
import { useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';

export type CellEditor = 'text' | 'number' | 'date' | 'boolean';

type Props = {
  /** The raw value the editor starts from ("" for none; "true"/"false" for yes/no). */
  value: string;
  display: ReactNode;
  label: string;
  editor: CellEditor;
  /** Suggestions for a text editor (a datalist id). */
  listId?: string;
  /** Resolves true when saved; on false the cell stays in edit mode so the user can fix the value. */
  onSave: (raw: string) => Promise<boolean>;
};

export const EditableCell = ({ value, display, label, editor, listId, onSave }: Props) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const settling = useRef(false);

  // Enter, Escape and the blur that follows the editor's removal all call finish; only the first one counts.
  const finish = async (save: boolean) => {
    if (draft === null || settling.current) return;
    settling.current = true;
    if (save && draft !== value && !(await onSave(draft))) {
      settling.current = false;
      return;
    }
    setDraft(null);
  };

  if (draft === null) {
    return (
      <td className={`editable cell-${editor}`}>
        <button type="button" className="cell-button" aria-label={label} onClick={() => {
            settling.current = false;
            setDraft(value);
          }}>
          {display}
        </button>
      </td>
    );
  }

  const common = {
    'aria-label': label,
    autoFocus: true,
    onBlur: () => void finish(true),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void finish(true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        void finish(false);
      }
    },
  };

  return (
    <td className="editable editing">
      {editor === 'boolean' ? (
        <select {...common} value={draft} onChange={(event) => setDraft(event.currentTarget.value)}>
          <option value="">—</option>
          <option value="true">{t('informants.value.yes')}</option>
          <option value="false">{t('informants.value.no')}</option>
        </select>
      ) : (
        <input
          {...common}
          type={editor}
          list={listId}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
      )}
    </td>
  );
};
