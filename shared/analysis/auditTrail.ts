// The audit trail as the researcher reads it (issue 10): the project's events filtered by who, what kind of object,
// which action, a date range, one object's history, or words of the event's detail — newest first — and the same
// events as CSV rows for the appendix. Pure: the screen and the CLI share it.
import type { AuditEvent, IsoDate } from '../model/index.ts';

export type AuditFilter = {
  coderIds: readonly string[];
  objectTypes: readonly string[];
  actions: readonly string[];
  from: IsoDate | null;
  to: IsoDate | null;
  /** One object's history. */
  objectId: string | null;
  /** Words the detail must contain (case and accents ignored). */
  text: string;
};

export const NO_AUDIT_FILTER: AuditFilter = { coderIds: [], objectTypes: [], actions: [], from: null, to: null, objectId: null, text: '' };

const folded = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The events the filter keeps, newest first (by time, then by their order in the trail). */
export const filterAuditEvents = (events: readonly AuditEvent[], filter: AuditFilter): AuditEvent[] => {
  const words = folded(filter.text).split(/\s+/).filter((word) => word !== '');
  const kept = events.filter((event) => {
    if (filter.coderIds.length > 0 && !filter.coderIds.includes(event.actorId)) return false;
    if (filter.objectTypes.length > 0 && !filter.objectTypes.includes(event.objectType)) return false;
    if (filter.actions.length > 0 && !filter.actions.includes(event.action)) return false;
    if (filter.objectId !== null && event.objectId !== filter.objectId) return false;
    const day = event.at.slice(0, 10);
    if (filter.from !== null && day < filter.from) return false;
    if (filter.to !== null && day > filter.to) return false;
    if (words.length > 0) {
      const detail = folded(event.detail);
      if (!words.every((word) => detail.includes(word))) return false;
    }
    return true;
  });
  return kept.sort((a, b) => (a.at === b.at ? (b.id ?? 0) - (a.id ?? 0) : a.at < b.at ? 1 : -1));
};

/** The distinct values of a field across the trail, sorted: what the filter menus offer. */
export const auditChoices = (events: readonly AuditEvent[], field: 'actorId' | 'objectType' | 'action'): string[] =>
  [...new Set(events.map((event) => event[field]))].sort();

/** One object's history, newest first: every event about it, the way the trail's object filter keeps them. */
export const objectHistory = (events: readonly AuditEvent[], objectId: string): AuditEvent[] =>
  filterAuditEvents(events, { ...NO_AUDIT_FILTER, objectId });

/**
 * The first event about the object (mostly its creation, whose detail is its name), to title its history; later
 * details say what changed rather than name it. Undefined when the trail holds none.
 */
export const firstEventOf = (events: readonly AuditEvent[], objectId: string): AuditEvent | undefined =>
  objectHistory(events, objectId).at(-1);

/**
 * How a history entry reads: a merge ("merged X into Y") and a rename ("renamed A to B") name both codes, from the
 * detail the coding store writes (`X → Y`); any other event, or a detail that does not split in exactly two, reads as
 * its detail — without the "name: " it starts with when `objectName` is given (the page already says whose history
 * it is; a conclusion's events name it first).
 */
export type HistoryWording =
  | { kind: 'merge'; from: string; into: string }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'detail'; detail: string };

const ARROW = ' → ';

export const historyWording = (event: Pick<AuditEvent, 'action' | 'detail'>, objectName?: string): HistoryWording => {
  const parts = event.detail.split(ARROW);
  if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined) {
    if (event.action === 'merge') return { kind: 'merge', from: parts[0], into: parts[1] };
    if (event.action === 'rename') return { kind: 'rename', from: parts[0], to: parts[1] };
  }
  const prefix = objectName === undefined ? null : `${objectName}: `;
  return { kind: 'detail', detail: prefix !== null && event.detail.startsWith(prefix) ? event.detail.slice(prefix.length) : event.detail };
};
