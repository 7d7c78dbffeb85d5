// The current transcript selection, shared between the transcript (which publishes it) and whatever applies codes
// to it (code tree clicks, drops, the picker, recent codes). It survives clicks elsewhere until the user selects again.
import { useSyncExternalStore } from 'react';

/** A range of one source: UTF-16 half-open [start, end) into Source.text, and the text it covers. */
export type TranscriptSelection = { sourceId: string; start: number; end: number; text: string };

let current: TranscriptSelection | null = null;
const listeners = new Set<() => void>();

export const getTranscriptSelection = (): TranscriptSelection | null => current;

const sameSelection = (a: TranscriptSelection | null, b: TranscriptSelection | null): boolean =>
  a === b || (a !== null && b !== null && a.sourceId === b.sourceId && a.start === b.start && a.end === b.end && a.text === b.text);

/** Replaces the selection (null clears it); listeners hear only real changes. */
export const setTranscriptSelection = (selection: TranscriptSelection | null): void => {
  if (selection !== null && !(selection.end > selection.start)) selection = null;
  if (sameSelection(current, selection)) return;
  current = selection;
  for (const listener of [...listeners]) listener();
};

export const subscribeTranscriptSelection = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useTranscriptSelection = (): TranscriptSelection | null =>
  useSyncExternalStore(subscribeTranscriptSelection, getTranscriptSelection, getTranscriptSelection);

/** dataTransfer type of a dragged code row (value: the code id); the transcript applies it to the selection. */
export const CODE_DRAG_TYPE = 'application/x-caseweave-code';
