// The informant's own words in answer (a letter, a WhatsApp reply, notes of the conversation): typed or pasted here
// and saved as the user types; "Import as source" makes them a source of the project so they can be coded, after
// which "Open to code" goes to it. A change made elsewhere (Undo) replaces the text unless typing is unsaved.
import { useEffect, useId, useRef, useState } from 'react';
import type { MemberCheck } from '../../../shared/model/index.ts';
import { importWordsAsSource } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { useWordsAutosave } from './useWordsAutosave.ts';

type Props = { check: MemberCheck; sourceExists: boolean; navigate: (route: Route) => void };

export const WordsSection = ({ check, sourceExists, navigate }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const headingId = useId();
  const autosave = useWordsAutosave(check.id);
  const [words, setWords] = useState(check.words);
  const typed = useRef(check.words);
  useEffect(() => {
    if (check.words === typed.current || autosave.busy()) return;
    typed.current = check.words;
    setWords(check.words);
  }, [check.words, autosave]);
  const [importing, setImporting] = useState(false);

  const importWords = async () => {
    setImporting(true);
    await autosave.flush();
    const sourceId = await toasts.runWrite(() => importWordsAsSource(db, check.id, undo));
    setImporting(false);
    if (sourceId !== undefined) toasts.notify(t('memberChecksScreen.words.imported'), undoToastAction(undo, t('memberChecksScreen.undo')));
  };

  return (
    <section className="member-check-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('memberChecksScreen.words.heading')}</h3>
      <textarea
        className="member-check-words"
        rows={6}
        aria-label={t('memberChecksScreen.words.label')}
        placeholder={t('memberChecksScreen.words.placeholder')}
        value={words}
        onChange={(event) => {
          const { value } = event.currentTarget;
          typed.current = value;
          setWords(value);
          autosave.schedule(value);
        }}
        onBlur={() => void autosave.flush()}
      />
      <div className="member-check-buttons">
        <span className="muted small" role="status" data-testid="words-save-status">
          {autosave.state === 'dirty' && t('memberChecksScreen.words.unsaved')}
          {autosave.state === 'saving' && t('memberChecksScreen.words.saving')}
          {autosave.state === 'saved' && t('memberChecksScreen.words.saved')}
        </span>
        {check.wordsSourceId === null ? (
          <button type="button" className="button small" disabled={importing || words.trim() === ''} onClick={() => void importWords()}>
            {t('memberChecksScreen.words.import')}
          </button>
        ) : (
          <>
            <span className="muted small">{t('memberChecksScreen.words.isSource')}</span>
            {sourceExists && (
              <button type="button" className="button small" onClick={() => navigate({ screen: 'source', sourceId: check.wordsSourceId ?? '' })}>
                {t('memberChecksScreen.words.open')}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
};
