// The one autosave hook of the editors (memo, summary sheet, cell note, conclusion statement): debouncedSaver.ts's
// timing with the state as React state, the latest write and callbacks always used, and what was typed in the last
// moments written when the editor goes away. A failed write shows its message unless the caller says otherwise.
import { useEffect, useRef, useState } from 'react';
import { describeError } from './errorMessage.ts';
import { createDebouncedSaver, type DebouncedSaver, type DebouncedSaverOptions, type SaveState } from './debouncedSaver.ts';

export type DebouncedSaveOptions<Draft> = Omit<DebouncedSaverOptions<Draft>, 'onState' | 'failed' | 'timer'> & {
  failed?: (error: unknown) => SaveState;
};

export type DebouncedSave<Draft> = Omit<DebouncedSaver<Draft>, 'state'> & { state: SaveState };

export const useDebouncedSave = <Draft>(options: DebouncedSaveOptions<Draft>): DebouncedSave<Draft> => {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const latest = useRef(options);
  latest.current = options;
  const [saver] = useState(() => createDebouncedSaver<Draft>({
    write: (draft) => latest.current.write(draft),
    settle: (draft) => latest.current.settle?.(draft) ?? null,
    merge: (pending, next) => (latest.current.merge === undefined ? next : latest.current.merge(pending, next)),
    failed: (error) => latest.current.failed?.(error) ?? { status: 'failed', message: describeError(error) },
    onState: setState,
    delayMs: options.delayMs,
  }));
  // Leaving the editor (another record, another screen) saves what was typed in the last moments.
  useEffect(() => () => void saver.flush(), [saver]);
  return { state, schedule: saver.schedule, flush: saver.flush, discard: saver.discard, busy: saver.busy };
};
