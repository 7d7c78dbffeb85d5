// The popover of the codings at one place in the transcript (opened by clicking coded text or a stripe): each
// coding's code and excerpt, with change code, memo, add as evidence and remove actions. Escape or a click outside closes it.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { codePath, indexCodes } from '../../../shared/codebook/index.ts';
import type { Code, Coding, Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { codingsWithMemos } from '../../data/memos.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = {
  projectId: Id;
  codings: readonly Coding[];
  codes: readonly Code[];
  text: string;
  point: { x: number; y: number };
  /** Move the keyboard into the popover (opened from a stripe with Enter), and back to where it was on closing. */
  takeFocus?: boolean;
  onClose: () => void;
  onRecode: (coding: Coding) => void;
  onRemove: (coding: Coding) => void;
  onMemo: (coding: Coding) => void;
  onEvidence: (coding: Coding) => void;
};

const EXCERPT_LENGTH = 90;
const MARGIN = 8;

export const CodingPopover = ({ projectId, codings, codes, text, point, takeFocus = false, onClose, onRecode, onRemove, onMemo, onEvidence }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const codingIds = codings.map((coding) => coding.id);
  const withMemos = useLiveQuery(() => codingsWithMemos(db, projectId, codingIds), [db, projectId, codingIds.join(',')]);
  const frame = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: point.x, top: point.y + 12 });
  const codesById = indexCodes(codes);

  useLayoutEffect(() => {
    const element = frame.current;
    if (element === null) return;
    const { width, height } = element.getBoundingClientRect();
    const below = point.y + 12;
    const top = below + height + MARGIN <= globalThis.innerHeight ? below : Math.max(MARGIN, point.y - 12 - height);
    const left = Math.min(Math.max(MARGIN, point.x - 20), globalThis.innerWidth - width - MARGIN);
    setPosition({ left, top });
  }, [point, codings.length]);

  useEffect(() => {
    if (!takeFocus) return undefined;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    frame.current?.querySelector<HTMLElement>('.coded-popover-actions button')?.focus();
    return () => {
      const focused = document.activeElement;
      if (returnFocus?.isConnected === true && (focused === null || focused === document.body)) returnFocus.focus({ preventScroll: true });
    };
  }, [takeFocus]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (frame.current !== null && event.target instanceof Node && !frame.current.contains(event.target)) onClose();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [onClose]);

  return (
    <div ref={frame} className="coded-popover" role="dialog" aria-label={t('coding.popover.title')} style={position}>
      <div className="coded-popover-head">
        <strong>{t('coding.popover.title')}</strong>
        <button type="button" className="button icon" aria-label={t('coding.popover.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <ul className="coded-popover-list">
        {codings.map((coding) => {
          const code = codesById.get(coding.codeId);
          const excerpt = text.slice(coding.start, coding.end);
          return (
            <li key={coding.id} className="coded-popover-item" data-testid="popover-coding" data-coding-id={coding.id}>
              <div className="coded-popover-code" title={code === undefined ? '' : codePath(codesById, code.id)}>
                <span className="code-swatch" style={{ background: code?.color ?? 'transparent' }} aria-hidden="true" />
                <span className="coded-popover-name">{code?.name ?? ''}</span>
                {withMemos?.has(coding.id) === true && <span className="memo-mark" title={t('coding.popover.hasMemo')} aria-label={t('coding.popover.hasMemo')}>✎</span>}
              </div>
              <p className="coded-popover-excerpt">“{excerpt.length > EXCERPT_LENGTH ? `${excerpt.slice(0, EXCERPT_LENGTH).trimEnd()}…` : excerpt}”</p>
              <div className="coded-popover-actions">
                <button type="button" className="button small" onClick={() => onRecode(coding)}>
                  {t('coding.popover.recode')}
                </button>
                <button type="button" className="button small" onClick={() => onMemo(coding)}>
                  {withMemos?.has(coding.id) === true ? t('coding.popover.memoEdit') : t('coding.popover.memo')}
                </button>
                <button type="button" className="button small" onClick={() => onEvidence(coding)}>
                  {t('evidence.action.add')}
                </button>
                <button type="button" className="button small danger-outline" onClick={() => onRemove(coding)}>
                  {t('coding.popover.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
};
