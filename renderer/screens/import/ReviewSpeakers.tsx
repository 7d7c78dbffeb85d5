// The detected speakers of one file in the import review: each can be linked to an informant of the project (or
// one made in this review), and an unlinked one can become a new informant at once — linked wherever the same
// speaker is unlinked in the batch.
import type { Id } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ReviewRow } from './useImportFlow.ts';

export type SpeakerActions = {
  link: (rowId: number, speaker: string, informantId: Id | null) => void;
  fromSpeaker: (rowId: number, speaker: string) => void;
};

type Props = { row: ReviewRow; informantOptions: { value: string; label: string }[]; actions: SpeakerActions };

export const ReviewSpeakers = ({ row, informantOptions, actions }: Props) => {
  const { t } = useTranslation();
  const file = row.source.fileName;
  if (row.source.speakers.length === 0) return <span className="muted small">{t('importUi.speakers.none')}</span>;
  return (
    <ul className="review-speakers" aria-label={t('importUi.speakers.list', { file })}>
      {row.source.speakers.map((speaker) => {
        const linked = row.meta.speakerLinks?.[speaker] ?? '';
        return (
          <li key={speaker}>
            <span className="speaker-chip">{speaker}</span>
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
            {linked === '' && (
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
  );
};
