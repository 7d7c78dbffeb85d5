// One group of checkboxes in "New member check" (their transcripts, summary sheets, excerpts, conclusions): a
// labelled, scrollable list that says when there is nothing of that kind to return.
import { useId } from 'react';
import type { Id } from '../../../shared/model/index.ts';

export type Choice = { id: Id; label: string; detail?: string };

type Props = { label: string; empty: string; choices: readonly Choice[]; picked: readonly Id[]; onChange: (picked: Id[]) => void };

export const ChoiceGroup = ({ label, empty, choices, picked, onChange }: Props) => {
  const headingId = useId();
  return (
    <div className="member-check-choices" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      {choices.length === 0 ? <p className="muted small">{empty}</p> : (
        <ul>
          {choices.map((choice) => (
            <li key={choice.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.includes(choice.id)}
                  onChange={(event) => onChange(event.currentTarget.checked ? [...picked, choice.id] : picked.filter((id) => id !== choice.id))}
                />
                <span>
                  {choice.label}
                  {choice.detail !== undefined && <span className="muted small member-check-choice-detail">{choice.detail}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
