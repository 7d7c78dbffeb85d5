// The detected speakers of one file in the import review, each with its number of turns: each can be linked to an
// informant of the project (or one made in this review), and an unlinked one can become a new informant at once —
// linked wherever the same speaker is unlinked in the batch. A false label (a "Participants:" line) can be marked
// "Not a speaker", and a label the detector missed can be added; either re-reads the file (reviewReparse.ts).
import { useState } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import type { ParseChoices } from '../../../shared/import/parsedDocument.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ReviewRow } from './useImportFlow.ts';
import { markSpeakerLabel, toggleSpeakerLabel, turnCounts } from './reviewReparse.ts';

export type SpeakerActions = {
  link: (rowId: number, speaker: string, informantId: Id | null) => void;
  fromSpeaker: (rowId: number, speaker: string) => void;
  reparse: (rowId: number, choices: ParseChoices) => void;
};

type Props = { row: ReviewRow; informantOptions: { value: string; label: string }[]; actions: SpeakerActions };

export const ReviewSpeakers = ({ row, informantOptions, actions }: Props) => {
  const { t } = useTranslation();
  const [added, setAdded] = useState('');
  const file = row.source.fileName;
  const counts = turnCounts(row);
  const unmarked = (row.choices.speakerLabels?.unmark ?? []).filter((label) => !row.source.speakers.includes(label));
  const labels = [...row.source.speakers, ...unmarked];
  const addLabel = () => {
    const next = markSpeakerLabel(row.choices, added);
    setAdded('');
    if (next !== row.choices) actions.reparse(row.rowId, next);
  };
  return (
    <div className="review-speaker-labels">
      {labels.length === 0 && <span className="muted small">{t('importUi.speakers.none')}</span>}
      {labels.length > 0 && (
        <ul className="review-speakers" aria-label={t('importUi.speakers.list', { file })}>
          {labels.map((speaker) => {
            const speaks = row.source.speakers.includes(speaker);
            const linked = row.meta.speakerLinks?.[speaker] ?? '';
            return (
              <li key={speaker} className={speaks ? undefined : 'not-speaker'}>
                <span className="speaker-chip">{speaker}</span>
                <span className="muted small">{t('importUi.speakers.turns', { count: counts.get(speaker) ?? 0 })}</span>
                <label className="small">
                  <input
                    type="checkbox"
                    checked={!speaks}
                    aria-label={t('importUi.speakers.notSpeakerFor', { speaker, file })}
                    onChange={(event) => actions.reparse(row.rowId, toggleSpeakerLabel(row.choices, speaker, event.currentTarget.checked))}
                  />{' '}
                  {t('importUi.speakers.notSpeaker')}
                </label>
                {speaks && (
                  <select
                    aria-label={t('importUi.speakers.link', { speaker, file })}
                    value={linked}
                    onChange={(event) => actions.link(row.rowId, speaker, event.currentTarget.value || null)}
                  >
                    <option value="">{t('source.speakers.notLinked')}</option>
                    {informantOptions.map((option) => (
                      <option key={option.value} value={option.value}>{option.label}</option>
                    ))}
                  </select>
                )}
                {speaks && linked === '' && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('importUi.speakers.newInformantFor', { speaker, file })}
                    onClick={() => actions.fromSpeaker(row.rowId, speaker)}
                  >
                    {t('importUi.speakers.newInformant')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="review-add-speaker"
        onSubmit={(event) => {
          event.preventDefault();
          addLabel();
        }}
      >
        <input
          type="text"
          className="short-input"
          value={added}
          placeholder={t('importUi.speakers.addPlaceholder')}
          aria-label={t('importUi.speakers.addFor', { file })}
          onChange={(event) => setAdded(event.currentTarget.value)}
        />
        <button type="submit" className="button small" disabled={added.trim() === ''}>{t('importUi.speakers.add')}</button>
      </form>
    </div>
  );
};
