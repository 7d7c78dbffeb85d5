// The audit trail as read: filters by coder, object type, action, date range, one object's history and words of the
// detail (accents and case ignored), newest first; the CSV oldest first with the coder's name, read back by the
// project's CSV parser.
import { describe, expect, it } from 'vitest';
import { auditChoices, filterAuditEvents, NO_AUDIT_FILTER } from '../../../../shared/analysis/auditTrail.ts';
import { auditCsvBytes } from '../../../../shared/export/auditCsv.ts';
import type { AuditEvent } from '../../../../shared/model/index.ts';
import { parseCsv } from '../../../support/parseCsv.ts';

const event = (id: number, at: string, actorId: string, action: string, objectType: string, objectId: string, detail: string): AuditEvent => ({
  id, projectId: 'p', at, actorId, action, objectType, objectId, detail,
});

const trail: AuditEvent[] = [
  event(1, '2024-03-01T09:00:00.000Z', 'ana', 'create', 'code', 'k1', 'Diaspora'),
  event(2, '2024-03-02T10:00:00.000Z', 'ana', 'apply', 'coding', 'g1', 'Diaspora in “Interview Rina”'),
  event(3, '2024-03-02T10:00:00.000Z', 'budi', 'rename', 'code', 'k1', 'Diaspora → Diáspora links'),
  event(4, '2024-04-10T08:00:00.000Z', 'budi', 'undo-rename', 'code', 'k1', 'Diáspora links → Diaspora'),
  event(5, '2024-04-11T08:00:00.000Z', 'ana', 'create', 'display', 'd1', '=SUM(A1) roles'),
];

const ids = (events: AuditEvent[]) => events.map((found) => found.id);

describe('filterAuditEvents', () => {
  it('keeps everything without a filter, newest first (same time: later in the trail first)', () => {
    expect(ids(filterAuditEvents(trail, NO_AUDIT_FILTER))).toEqual([5, 4, 3, 2, 1]);
  });

  it('filters by coder, object type, action and one object', () => {
    expect(ids(filterAuditEvents(trail, { ...NO_AUDIT_FILTER, coderIds: ['budi'] }))).toEqual([4, 3]);
    expect(ids(filterAuditEvents(trail, { ...NO_AUDIT_FILTER, objectTypes: ['code'], actions: ['create'] }))).toEqual([1]);
    expect(ids(filterAuditEvents(trail, { ...NO_AUDIT_FILTER, objectId: 'k1' }))).toEqual([4, 3, 1]);
  });

  it('filters by a date range, both ends included, and by words of the detail ignoring case and accents', () => {
    expect(ids(filterAuditEvents(trail, { ...NO_AUDIT_FILTER, from: '2024-03-02', to: '2024-04-10' }))).toEqual([4, 3, 2]);
    expect(ids(filterAuditEvents(trail, { ...NO_AUDIT_FILTER, text: 'DIASPORA links' }))).toEqual([4, 3]);
  });

  it('offers the values the trail holds', () => {
    expect(auditChoices(trail, 'actorId')).toEqual(['ana', 'budi']);
    expect(auditChoices(trail, 'objectType')).toEqual(['code', 'coding', 'display']);
  });
});

describe('auditCsvBytes', () => {
  it('writes one row per event, oldest first, with the coder’s name and a guarded formula', () => {
    const bytes = auditCsvBytes(filterAuditEvents(trail, NO_AUDIT_FILTER), (id) => (id === 'ana' ? 'Ana Putri' : 'Budi'), 'en');
    const rows = parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['time', 'coder', 'coder id', 'action', 'object type', 'object id', 'detail']);
    expect(rows.slice(1).map((row) => row[5])).toEqual(['k1', 'g1', 'k1', 'k1', 'd1']);
    expect(rows[1]).toEqual(['2024-03-01T09:00:00.000Z', 'Ana Putri', 'ana', 'create', 'code', 'k1', 'Diaspora']);
    expect(rows[5][6]).toBe("'=SUM(A1) roles");
  });
});
