// "New display": the researcher names it and picks one of Miles & Huberman's display types, each with a line on what
// it is for; the display starts from that type's default definition and opens in its builder.
import { useState } from 'react';
import { DISPLAY_TYPES, type Display, type DisplayType } from '../../../shared/model/index.ts';
import { Modal } from '../../components/Modal.tsx';
import { createDisplay } from '../../data/displays.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';

type Props = { projectId: string; existing: readonly Display[]; onCreated: (display: Display) => void; onCancel: () => void };

export const NewDisplayDialog = ({ projectId, existing, onCreated, onCancel }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const [type, setType] = useState<DisplayType>('case-by-code');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  /** The type's name, numbered when a display already has it: the field may stay untouched. */
  const suggested = (() => {
    const taken = new Set(existing.map((display) => display.name.toLocaleLowerCase()));
    const base = t(`display.type.${type}`);
    for (let number = 1; ; number += 1) {
      const candidate = number === 1 ? base : `${base} ${number}`;
      if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
    }
  })();

  const create = async () => {
    setBusy(true);
    const display = await runWrite(() => createDisplay(db, projectId, { name: name.trim() === '' ? suggested : name, type }, undo));
    setBusy(false);
    if (display !== undefined) onCreated(display);
  };

  return (
    <Modal
      title={t('displays.new.title')}
      onDismiss={onCancel}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('app.action.cancel')}
          </button>
          <button type="submit" form="new-display-form" className="button primary" disabled={busy}>
            {t('displays.new.create')}
          </button>
        </>
      }
    >
      <form
        id="new-display-form"
        className="new-display-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label className="field">
          <span>{t('displays.new.name')}</span>
          <input type="text" value={name} placeholder={suggested} autoFocus onChange={(event) => setName(event.currentTarget.value)} />
        </label>
        <fieldset className="display-type-chooser">
          <legend>{t('displays.new.type')}</legend>
          {DISPLAY_TYPES.map((option) => (
            <label key={option} className={`display-type-option${option === type ? ' chosen' : ''}`}>
              <input type="radio" name="display-type" value={option} checked={option === type} onChange={() => setType(option)} />
              <span className="display-type-name">{t(`display.type.${option}`)}</span>
              <span className="display-type-about muted">{t(`displays.typeAbout.${option}`)}</span>
            </label>
          ))}
        </fieldset>
      </form>
    </Modal>
  );
};
