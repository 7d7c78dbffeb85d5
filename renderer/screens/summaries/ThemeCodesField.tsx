// The codes a contact summary's salient themes are linked to: chips (each with its unlink button) and the keyboard
// code picker of the coding screens to link one more. Codes deleted since are simply not shown.
import { useId, useMemo, useRef, useState } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import type { PickableCode } from '../../coding/codeMatcher.ts';
import { CodePicker, type PickerAnchor } from '../../coding/CodePicker.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/coding.css';
import '../../styles/excerpts.css';

type Props = { codes: readonly PickableCode[]; value: readonly Id[]; onChange: (codeIds: Id[]) => void };

export const ThemeCodesField = ({ codes, value, onChange }: Props) => {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const linked = value.flatMap((id) => byId.get(id) ?? []);
  const offered = useMemo(() => codes.filter((code) => !value.includes(code.id)), [codes, value]);
  const headingId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const [anchor, setAnchor] = useState<PickerAnchor | null>(null);
  const openPicker = () => {
    const box = addButton.current?.getBoundingClientRect();
    if (box !== undefined) setAnchor({ left: box.left, top: box.top, bottom: box.bottom });
  };
  return (
    <section className="sheet-field" aria-labelledby={headingId}>
      <h3 id={headingId} className="sheet-field-label">{t('summaries.field.themeCodes')}</h3>
      <ul className="sheet-theme-codes" aria-label={t('summaries.field.themeCodes')}>
        {linked.length === 0 && <li className="muted small">{t('summaries.field.themeCodes.none')}</li>}
        {linked.map((code) => (
          <li key={code.id} className="code-chip">
            <span className="code-dot" style={{ background: code.color }} aria-hidden="true" />
            <span>{code.path}</span>
            <button
              type="button"
              className="sheet-chip-remove"
              aria-label={t('summaries.field.themeCodes.remove', { code: code.path })}
              title={t('summaries.field.themeCodes.remove', { code: code.path })}
              onClick={() => onChange(value.filter((id) => id !== code.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="sheet-theme-picker">
        <button ref={addButton} type="button" className="button small" aria-haspopup="dialog" onClick={openPicker}>
          {t('summaries.field.themeCodes.add')}
        </button>
      </div>
      {anchor !== null && (
        <CodePicker
          title={t('summaries.field.themeCodes.add')}
          codes={offered}
          recentIds={[]}
          anchor={anchor}
          allowCreate={false}
          onPick={(codeId) => {
            setAnchor(null);
            onChange([...value, codeId]);
          }}
          onClose={() => setAnchor(null)}
        />
      )}
    </section>
  );
};
