// The codes something rests on, as chips (each with its unlink button) and the keyboard code picker of the coding
// screens to link one more: a summary sheet's theme codes, a conclusion's codes. Codes deleted since are not shown.
import { useMemo, useRef, useState } from 'react';
import type { Id } from '../../shared/model/index.ts';
import type { PickableCode } from '../coding/codeMatcher.ts';
import { CodePicker, type PickerAnchor } from '../coding/CodePicker.tsx';
import '../styles/coding.css';
import '../styles/excerpts.css';
import '../styles/linkedCodes.css';

type Props = {
  codes: readonly PickableCode[];
  value: readonly Id[];
  onChange: (codeIds: Id[]) => void;
  words: { list: string; none: string; add: string; remove: (code: string) => string };
};

export const LinkedCodesField = ({ codes, value, onChange, words }: Props) => {
  const byId = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const linked = value.flatMap((id) => byId.get(id) ?? []);
  const offered = useMemo(() => codes.filter((code) => !value.includes(code.id)), [codes, value]);
  const addButton = useRef<HTMLButtonElement>(null);
  const [anchor, setAnchor] = useState<PickerAnchor | null>(null);
  const openPicker = () => {
    const box = addButton.current?.getBoundingClientRect();
    if (box !== undefined) setAnchor({ left: box.left, top: box.top, bottom: box.bottom });
  };
  return (
    <>
      <ul className="linked-codes" aria-label={words.list}>
        {linked.length === 0 && <li className="muted small">{words.none}</li>}
        {linked.map((code) => (
          <li key={code.id} className="code-chip">
            <span className="code-dot" style={{ background: code.color }} aria-hidden="true" />
            <span>{code.path}</span>
            <button
              type="button"
              className="linked-code-remove"
              aria-label={words.remove(code.path)}
              title={words.remove(code.path)}
              onClick={() => onChange(value.filter((id) => id !== code.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="linked-codes-add">
        <button ref={addButton} type="button" className="button small" aria-haspopup="dialog" onClick={openPicker}>
          {words.add}
        </button>
      </div>
      {anchor !== null && (
        <CodePicker
          title={words.add}
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
    </>
  );
};
