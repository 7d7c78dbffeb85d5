// The bar above the transcript: the recent codes (one click codes the selection), the picker and in-vivo buttons,
// what is selected, the outcome of the last action, and the switch into correction mode.
import { useRef } from 'react';
import type { Code, Id } from '../../../shared/model/index.ts';
import { useTranscriptSelection } from '../../coding/codingSelection.ts';
import { useRecentCodes } from '../../coding/recentCodes.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useStickyBarPadding } from '../../transcript/useStickyBarPadding.ts';

type Props = {
  sourceId: Id;
  /** Id given to the description of the transcript's keys (the transcript's aria-describedby). */
  keysHelpId: string;
  codeById: (id: Id) => Code | undefined;
  status: string;
  correcting: boolean;
  /** The transcript has keyboard focus: the status line lists its keys while nothing is selected. */
  keyboardFocus: boolean;
  onApply: (codeId: Id) => void;
  onOpenPicker: () => void;
  onInVivo: () => void;
  onToggleCorrecting: () => void;
};

const EXCERPT_LENGTH = 48;

export const TranscriptToolbar = ({ sourceId, keysHelpId, codeById, status, correcting, keyboardFocus, onApply, onOpenPicker, onInVivo, onToggleCorrecting }: Props) => {
  const { t } = useTranslation();
  const recentIds = useRecentCodes();
  const selection = useTranscriptSelection();
  const bar = useRef<HTMLDivElement>(null);
  useStickyBarPadding(bar);
  const selected = selection !== null && selection.sourceId === sourceId ? selection : null;
  const recent = recentIds.map(codeById).filter((code): code is Code => code !== undefined);
  const disabled = selected === null || correcting;
  const excerpt = selected === null ? '' : selected.text.length > EXCERPT_LENGTH ? `${selected.text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : selected.text;

  return (
    <div ref={bar} className="transcript-toolbar" role="toolbar" aria-label={t('coding.toolbar.label')} data-keyboard-focus={keyboardFocus}>
      <div className="recent-codes" role="group" aria-label={t('coding.recent.label')}>
        <span className="recent-codes-label">{t('coding.recent.label')}</span>
        {recent.length === 0 && <span className="muted small">{t('coding.recent.empty')}</span>}
        {recent.map((code) => (
          <button
            key={code.id}
            type="button"
            className="recent-code"
            disabled={disabled}
            title={t('coding.recent.apply', { code: code.name })}
            onClick={() => onApply(code.id)}
          >
            <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
            {code.name}
          </button>
        ))}
      </div>
      <div className="transcript-actions">
        <button type="button" className="button small" disabled={disabled} title={t('coding.picker.openHint')} onClick={onOpenPicker}>
          {t('coding.picker.open')}
        </button>
        <button type="button" className="button small" disabled={disabled} title={t('coding.inVivo.hint')} onClick={onInVivo}>
          {t('coding.inVivo.button')}
        </button>
        <span
          className="selection-status muted small"
          data-testid="transcript-selection"
          data-start={selected?.start ?? ''}
          data-end={selected?.end ?? ''}
          title={t('transcript.keys.help')}
        >
          {correcting ? '' : selected === null ? t('coding.selection.none') : t('coding.selection.some', { excerpt, count: selected.end - selected.start })}
        </span>
        {/* Shown instead of "Select words…" while the transcript has keyboard focus (coding.css). */}
        <span className="keys-hint muted small" aria-hidden="true">{t('transcript.keys.hint')}</span>
        <span id={keysHelpId} className="visually-hidden">{t('transcript.keys.help')}</span>
        <span className="coding-status small" role="status" title={status}>{status}</span>
        <button type="button" className="button small" aria-pressed={correcting} title={t('coding.correct.hint')} onClick={onToggleCorrecting}>
          {t('coding.correct.button')}
        </button>
      </div>
    </div>
  );
};
