// The recolour popover of a code: the palette's swatches and a free colour (<input type="color">).
import { useEffect, useRef } from 'react';
import { CODE_PALETTE } from '../../shared/codebook/index.ts';
import type { Code } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

type Props = { code: Code; top: number; onPick: (color: string) => void; onClose: (reason: 'escape' | 'outside') => void };

export const ColorPopover = ({ code, top, onPick, onClose }: Props) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const custom = useRef<HTMLInputElement>(null);

  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"], button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && ref.current?.contains(event.target) !== true) closeRef.current('outside');
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  // The native picker fires "input" while the user drags; only the final "change" becomes one undoable recolour.
  useEffect(() => {
    const input = custom.current;
    if (input === null) return;
    const onChange = () => onPick(input.value);
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, [onPick]);

  return (
    <div
      ref={ref}
      className="color-popover"
      role="dialog"
      aria-label={t('codes.color.title', { name: code.name })}
      style={{ top }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose('escape');
        }
      }}
    >
      <div className="color-grid">
        {CODE_PALETTE.map((color) => (
          <button
            key={color}
            type="button"
            className="color-choice"
            style={{ background: color }}
            aria-label={t('codes.color.swatch', { color })}
            aria-pressed={color === code.color.toLowerCase()}
            onClick={() => onPick(color)}
          />
        ))}
      </div>
      <label className="color-custom">
        <span>{t('codes.color.custom')}</span>
        <input ref={custom} type="color" defaultValue={code.color} />
      </label>
    </div>
  );
};
