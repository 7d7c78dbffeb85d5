// The codes the user applied most recently (newest first, at most eight), for the one-click "recent codes" row.
// Kept for the session and, when storage is available, across reloads.
import { useSyncExternalStore } from 'react';
import type { Id } from '../../shared/model/index.ts';

export const RECENT_CODES_LIMIT = 8;
const STORAGE_KEY = 'caseweave.recentCodes';

const readStored = (): Id[] => {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string').slice(0, RECENT_CODES_LIMIT) : [];
  } catch {
    return [];
  }
};

let recent: Id[] = readStored();
const listeners = new Set<() => void>();

const store = (): void => {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(recent));
  } catch {
    // Storage full or unavailable: the list still works for this session.
  }
};

/** Moves the code to the front of the list. */
export const noteRecentCode = (codeId: Id): void => {
  if (recent[0] === codeId) return;
  recent = [codeId, ...recent.filter((id) => id !== codeId)].slice(0, RECENT_CODES_LIMIT);
  store();
  for (const listener of [...listeners]) listener();
};

/** Forgets a code (deleted, or not part of the open project). */
export const forgetRecentCode = (codeId: Id): void => {
  if (!recent.includes(codeId)) return;
  recent = recent.filter((id) => id !== codeId);
  store();
  for (const listener of [...listeners]) listener();
};

export const getRecentCodes = (): Id[] => recent;

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useRecentCodes = (): Id[] => useSyncExternalStore(subscribe, getRecentCodes, getRecentCodes);
