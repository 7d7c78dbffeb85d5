// One object's history as its own page shows it (shared/analysis/auditTrail.ts): only that object's events, newest
// first; its first event names it; merges and renames read with both names, anything else (and a detail with a
// stray arrow in a name) as its detail, less the object's name before it.
import { describe, expect, it } from 'vitest';
import { historyWording, firstEventOf, objectHistory } from '../../../../shared/analysis/auditTrail.ts';
import type { AuditEvent } from '../../../../shared/model/index.ts';

const event = (id: number, at: string, action: string, objectId: string, detail: string): AuditEvent => ({
  id, projectId: 'p', at, actorId: 'ana', action, objectType: 'code', objectId, detail,
});

const trail: AuditEvent[] = [
  event(1, '2024-03-01T09:00:00.000Z', 'create', 'k1', 'Diaspora'),
  event(2, '2024-03-01T09:00:00.000Z', 'create', 'k2', 'Buyers'),
  event(3, '2024-03-02T10:00:00.000Z', 'rename', 'k1', 'Diaspora → Diaspora links'),
  event(4, '2024-03-03T10:00:00.000Z', 'merge', 'k1', 'Buyers → Diaspora links'),
  event(5, '2024-03-03T10:00:00.000Z', 'update', 'k1', 'definition'),
  event(6, '2024-03-04T10:00:00.000Z', 'create', 'c1', 'Owners learn export'),
];

describe('objectHistory', () => {
  it('keeps only the object’s events, newest first and, at the same time, later in the trail first', () => {
    expect(objectHistory(trail, 'k1').map((found) => found.id)).toEqual([5, 4, 3, 1]);
    expect(objectHistory(trail, 'k2').map((found) => found.id)).toEqual([2]);
    expect(objectHistory(trail, 'nothing')).toEqual([]);
  });

  it('titles the history by the object’s first event, and knows none for an object without events', () => {
    expect(firstEventOf(trail, 'k1')?.id).toBe(1);
    expect(firstEventOf(trail, 'nothing')).toBeUndefined();
  });
});

describe('historyWording', () => {
  it('reads a merge with the merged code and the code it went into, a rename with both names', () => {
    expect(historyWording({ action: 'merge', detail: 'Buyers → Diaspora links' })).toEqual({ kind: 'merge', from: 'Buyers', into: 'Diaspora links' });
    expect(historyWording({ action: 'rename', detail: 'Diaspora → Diaspora links' })).toEqual({ kind: 'rename', from: 'Diaspora', to: 'Diaspora links' });
  });

  it('reads other events, an undone merge, and details that do not split in two, as their detail', () => {
    expect(historyWording({ action: 'update', detail: 'definition' })).toEqual({ kind: 'detail', detail: 'definition' });
    expect(historyWording({ action: 'undo-merge', detail: 'Buyers → Diaspora links' })).toEqual({ kind: 'detail', detail: 'Buyers → Diaspora links' });
    expect(historyWording({ action: 'merge', detail: 'A → B → C' })).toEqual({ kind: 'detail', detail: 'A → B → C' });
    expect(historyWording({ action: 'rename', detail: 'no arrow' })).toEqual({ kind: 'detail', detail: 'no arrow' });
  });

  it('drops the object’s name before the detail when given, and only as a whole prefix', () => {
    const event = { action: 'change-status', detail: 'Owners learn export.: supported (two roles)' };
    expect(historyWording(event, 'Owners learn export.')).toEqual({ kind: 'detail', detail: 'supported (two roles)' });
    expect(historyWording(event, 'Owners learn')).toEqual({ kind: 'detail', detail: event.detail });
    expect(historyWording({ action: 'update', detail: 'Owners learn export.' }, 'Owners learn export.')).toEqual({ kind: 'detail', detail: 'Owners learn export.' });
  });
});
