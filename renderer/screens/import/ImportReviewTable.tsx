// The review table of an import: one row per parsed file with its guessed kind, title, informants, detected speakers
// (linked to informants, or made into new ones), date and language, and a duplicate warning (duplicates are unticked
// by default). Rows are memoised and a big batch is mounted over a
// few frames, so the window keeps painting while the table appears.
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { SOURCE_KINDS } from '../../../shared/model/index.ts';
import type { Informant, SourceKind } from '../../../shared/model/index.ts';
import type { PendingInformant } from '../../data/importBatch.ts';
import { MultiSelect } from '../../components/MultiSelect.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ImportFlow, ReviewRow } from './useImportFlow.ts';
import { ReviewSpeakers, type SpeakerActions } from './ReviewSpeakers.tsx';
import { ReviewRunningLines } from './ReviewRunningLines.tsx';
import { ReviewEncoding } from './ReviewEncoding.tsx';

type Props = {
  rows: ReviewRow[];
  informants: Informant[];
  /** Informants made from speakers in this review, not stored yet. */
  newInformants: PendingInformant[];
  onChange: ImportFlow['updateRow'];
  onLinkSpeaker: ImportFlow['linkSpeaker'];
  onInformantFromSpeaker: ImportFlow['informantFromSpeaker'];
  onReparse: ImportFlow['reparse'];
};

type InformantOption = { value: string; label: string };

const isSourceKind = (value: string): value is SourceKind => SOURCE_KINDS.some((kind) => kind === value);

/** Rows mounted per frame: a batch of 200 files shows its first rows at once and the rest over a few frames. */
const ROWS_PER_FRAME = 25;

/** How many of `total` rows to mount: grows by `step` each animation frame so no single frame mounts them all. */
const useProgressiveCount = (total: number, step: number): number => {
  const [shown, setShown] = useState(Math.min(total, step));
  useEffect(() => {
    if (shown >= total) return undefined;
    const frame = requestAnimationFrame(() => setShown((current) => Math.min(total, current + step)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total, step]);
  return Math.min(shown, total);
};

export const ImportReviewTable = ({ rows, informants, newInformants, onChange, onLinkSpeaker, onInformantFromSpeaker, onReparse }: Props) => {
  const { t } = useTranslation();
  const informantOptions = useMemo(() => [
    ...informants.map((informant) => ({ value: informant.id, label: informant.pseudonym })),
    ...newInformants.map((informant) => ({ value: informant.id, label: t('importUi.speakers.newOption', { name: informant.pseudonym }) })),
  ], [informants, newInformants, t]);
  const fromSpeaker = useCallback((rowId: number, speaker: string) => onInformantFromSpeaker(rowId, speaker, informants), [onInformantFromSpeaker, informants]);
  const speakerActions = useMemo<SpeakerActions>(() => ({ link: onLinkSpeaker, fromSpeaker, reparse: onReparse }), [onLinkSpeaker, fromSpeaker, onReparse]);
  const shown = useProgressiveCount(rows.length, ROWS_PER_FRAME);
  return (
    <table className="data-table review-table" aria-label={t('importUi.review.table')}>
      <thead>
        <tr>
          <th scope="col">{t('importUi.column.include')}</th>
          <th scope="col">{t('importUi.column.file')}</th>
          <th scope="col">{t('importUi.column.kind')}</th>
          <th scope="col">{t('importUi.column.title')}</th>
          <th scope="col">{t('importUi.column.informants')}</th>
          <th scope="col">{t('importUi.column.speakers')}</th>
          <th scope="col">{t('importUi.column.date')}</th>
          <th scope="col">{t('importUi.column.language')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, shown).map((row) => (
          <ReviewTableRow key={row.rowId} row={row} informantOptions={informantOptions} onChange={onChange} speakerActions={speakerActions} />
        ))}
      </tbody>
    </table>
  );
};

type RowProps = { row: ReviewRow; informantOptions: InformantOption[]; onChange: ImportFlow['updateRow']; speakerActions: SpeakerActions };

/** One file of the review; memoised, so editing one row's title re-renders that row only. */
const ReviewTableRowView = ({ row, informantOptions, onChange, speakerActions }: RowProps) => {
  const { t } = useTranslation();
  const file = row.source.fileName;
  return (
    <tr className={row.include ? undefined : 'excluded'}>
      <td>
        <input
          type="checkbox"
          aria-label={t('importUi.review.include', { file })}
          checked={row.include}
          onChange={(event) => onChange(row.rowId, { include: event.currentTarget.checked })}
        />
      </td>
      <td>
        <div className="file-name">{file}</div>
        <div className="muted small">
          {t('importUi.review.turns', { turns: row.source.turns.length, speakers: row.source.speakers.length })}
        </div>
        {row.duplicateOf !== null && (
          <div className="warning small" role="note">
            {t('importUi.review.duplicate', { title: row.duplicateOf })}
          </div>
        )}
        <ReviewRunningLines row={row} />
        <ReviewEncoding row={row} onReparse={speakerActions.reparse} />
      </td>
      <td>
        <select
          aria-label={t('importUi.review.kind', { file })}
          value={row.meta.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value;
            if (isSourceKind(kind)) onChange(row.rowId, { meta: { kind } });
          }}
        >
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`sources.kind.${kind}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="text"
          className="wide-input"
          aria-label={t('importUi.review.title', { file })}
          value={row.meta.title}
          onChange={(event) => onChange(row.rowId, { meta: { title: event.currentTarget.value } })}
        />
      </td>
      <td>
        <MultiSelect
          label={t('importUi.review.informants', { file })}
          options={informantOptions}
          selected={row.meta.informantIds}
          onChange={(informantIds) => onChange(row.rowId, { meta: { informantIds } })}
        />
      </td>
      <td>
        <ReviewSpeakers row={row} informantOptions={informantOptions} actions={speakerActions} />
      </td>
      <td>
        <input
          type="date"
          aria-label={t('importUi.review.date', { file })}
          value={row.meta.date ?? ''}
          onChange={(event) => onChange(row.rowId, { meta: { date: event.currentTarget.value || null } })}
        />
      </td>
      <td>
        <input
          type="text"
          className="short-input"
          aria-label={t('importUi.review.language', { file })}
          value={row.meta.language}
          onChange={(event) => onChange(row.rowId, { meta: { language: event.currentTarget.value.trim() } })}
        />
      </td>
    </tr>
  );
};

const ReviewTableRow = memo(ReviewTableRowView);
