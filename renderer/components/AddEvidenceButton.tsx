// A button that opens the "Add as evidence to…" dialog for what it sits beside; with nothing to add (a search hit
// outside every coding) it is disabled and its tooltip says why.
import { useState } from 'react';
import type { Id } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { AddEvidenceDialog, type EvidenceChoice } from './AddEvidenceDialog.tsx';

type Props = {
  projectId: Id;
  choices: readonly EvidenceChoice[];
  /** The button's text; "Add as evidence…" by default. */
  text?: string;
  ariaLabel?: string;
  /** The tooltip when there is nothing to add. */
  disabledReason?: string;
  className?: string;
};

export const AddEvidenceButton = ({ projectId, choices, text, ariaLabel, disabledReason, className = 'button link' }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const empty = choices.length === 0;
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={ariaLabel}
        disabled={empty}
        title={empty ? disabledReason : undefined}
        onClick={() => setOpen(true)}
      >
        {text ?? t('evidence.action.add')}
      </button>
      {open && (
        // Escape closes the dialog only, not the panel or popover the button sits in (React events bubble up the tree).
        <span className="contents" onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}>
          <AddEvidenceDialog projectId={projectId} choices={choices} onClose={() => setOpen(false)} />
        </span>
      )}
    </>
  );
};
