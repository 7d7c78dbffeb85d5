// One rich-text field of a summary sheet: its heading and hint, and the memo editor's Lexical body (toolbar, lists,
// history) named after the field. Reports every change as RichText; the sheet's autosave decides when to write.
import { useId, useRef } from 'react';
import type { RichText } from '../../../shared/model/index.ts';
import { RichTextMemo } from '../../components/memoEditor/RichTextMemo.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = {
  label: string;
  hint?: string;
  value: RichText;
  onChange: (value: RichText) => void;
  onBlur: () => void;
};

export const SheetTextField = ({ label, hint, value, onChange, onBlur }: Props) => {
  const { t } = useTranslation();
  const headingId = useId();
  // Lexical reports the state it was loaded with too: only real edits go on to be saved.
  const last = useRef(value);
  return (
    <section className="sheet-field" aria-labelledby={headingId}>
      <h3 id={headingId} className="sheet-field-label">{label}</h3>
      {hint !== undefined && <p className="sheet-field-hint muted small">{hint}</p>}
      <RichTextMemo
        content={value.content}
        fallbackText={value.plainText}
        label={label}
        placeholder={t('summaries.editor.placeholder')}
        onChange={(next) => {
          const before = last.current;
          if (next.content === before.content || (before.content === '' && next.plainText === '')) return;
          last.current = next;
          onChange(next);
        }}
        onBlur={onBlur}
      />
    </section>
  );
};
