// Correction mode: the canonical text in a plain textarea (what you see is exactly Source.text, so nothing can
// drift), saved through the data layer, which diffs old and new text and moves every coding with its words.
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = {
  text: string;
  label: string;
  /** Writes the corrected text; resolves true when it was saved. */
  onSave: (newText: string) => Promise<boolean>;
  onCancel: () => void;
};

export const CorrectionEditor = ({ text, label, onSave, onCancel }: Props) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(text);
  const [saving, setSaving] = useState(false);
  // A textarea turns CR LF into LF; canonical text already uses LF, so compare like with like.
  const canonical = useMemo(() => text.replace(/\r\n?/g, '\n'), [text]);
  const changed = draft !== canonical;

  return (
    <div className="correction-editor">
      <p className="muted small correction-hint">{t('coding.correct.hint')}</p>
      <textarea
        className="correction-text"
        aria-label={label}
        spellCheck
        autoFocus
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !changed) onCancel();
        }}
      />
      <div className="correction-actions">
        {!changed && <span className="muted small">{t('coding.correct.unchanged')}</span>}
        <span className="spacer" />
        <button type="button" className="button" disabled={saving} onClick={onCancel}>
          {t('coding.correct.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!changed || saving}
          onClick={() => {
            setSaving(true);
            void onSave(draft).then((saved) => {
              if (!saved) setSaving(false);
            });
          }}
        >
          {saving ? t('coding.correct.saving') : t('coding.correct.save')}
        </button>
      </div>
    </div>
  );
};
