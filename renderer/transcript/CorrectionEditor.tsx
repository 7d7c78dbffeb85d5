// Correction mode: the canonical text in a plain textarea (what you see is exactly Source.text, so nothing can
// drift), saved through the data layer, which diffs old and new text and moves every coding with its words.
// Above the text, a read-only bar names the speaker (and timestamp) of the turn the caret is in; the turns follow
// every edit, and no label ever enters the editable text, so offsets stay exact.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Turn } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { followTurns, turnAtOffset } from './correctionTurns.ts';
import '../styles/correction.css';

type Props = {
  text: string;
  /** The source's turns (offsets of `text`). */
  turns: readonly Turn[];
  label: string;
  /** Writes the corrected text; resolves true when it was saved. */
  onSave: (newText: string) => Promise<boolean>;
  onCancel: () => void;
};

export const CorrectionEditor = ({ text, turns, label, onSave, onCancel }: Props) => {
  const { t } = useTranslation();
  // The draft and the turns moved along with its edits, updated together.
  const [draft, setDraft] = useState(() => ({ text, turns }));
  const [caret, setCaret] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);
  // React's onSelect misses caret moves made without a key or the mouse (setSelectionRange, assistive tools);
  // the native selectionchange event (fired at the textarea, and at the document in older engines) catches them.
  useEffect(() => {
    const element = area.current;
    if (element === null) return undefined;
    const follow = () => {
      if (document.activeElement === element) setCaret(element.selectionStart);
    };
    element.addEventListener('selectionchange', follow);
    document.addEventListener('selectionchange', follow);
    return () => {
      element.removeEventListener('selectionchange', follow);
      document.removeEventListener('selectionchange', follow);
    };
  }, []);
  const [saving, setSaving] = useState(false);
  // A textarea turns CR LF into LF; canonical text already uses LF, so compare like with like.
  const canonical = useMemo(() => text.replace(/\r\n?/g, '\n'), [text]);
  const changed = draft.text !== canonical;
  // Sources without speakers or timestamps (documents, notes) have nothing to show.
  const hasSpeakers = useMemo(() => turns.some((turn) => turn.speaker !== null || turn.timestamp !== null), [turns]);
  const turn = hasSpeakers ? turnAtOffset(draft.turns, caret) : null;
  const speaker = turn?.speaker ?? null;
  const timestamp = turn?.timestamp ?? null;
  const page = turn?.page ?? null;

  return (
    <div className="correction-editor">
      <p className="muted small correction-hint">{t('coding.correct.hint')}</p>
      {hasSpeakers && (
        <p className="correction-speaker" data-testid="correction-speaker" aria-live="polite" aria-label={t('coding.correct.whoLabel')}>
          {speaker === null ? (
            <span className="correction-speaker-none">{t('coding.correct.noSpeaker')}</span>
          ) : (
            <span className="correction-speaker-name">{t('coding.correct.speaker', { speaker })}</span>
          )}
          {timestamp !== null && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="correction-speaker-time">{timestamp}</span>
            </>
          )}
          {page !== null && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="correction-speaker-page">{t('coding.correct.page', { page })}</span>
            </>
          )}
        </p>
      )}
      <textarea
        ref={area}
        className="correction-text"
        aria-label={label}
        spellCheck
        autoFocus
        value={draft.text}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setCaret(event.currentTarget.selectionStart);
          setDraft((previous) => ({ text: next, turns: followTurns(previous.turns, previous.text, next) }));
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
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
            void onSave(draft.text).then((saved) => {
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
