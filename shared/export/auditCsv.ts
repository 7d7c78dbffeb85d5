// The audit trail as CSV (issue 10): one row per event, oldest first as the trail was written, with the coder's name
// beside the id, through the project's one CSV writer (RFC 4180, BOM, formula guard).
import type { AuditEvent } from '../model/index.ts';
import { t, type Locale } from '../i18n/translate.ts';
import { encodeCsv, utf8WithBom, type CsvCell } from './csvFormat.ts';

export const auditCsvRows = (events: readonly AuditEvent[], coderName: (id: string) => string, locale?: Locale): CsvCell[][] => [
  ['time', 'coder', 'coderId', 'action', 'objectType', 'objectId', 'detail'].map((column) => t(`audit.csv.${column}` as 'audit.csv.time', undefined, locale)),
  ...[...events]
    .sort((a, b) => (a.at === b.at ? (a.id ?? 0) - (b.id ?? 0) : a.at < b.at ? -1 : 1))
    .map((event) => [event.at, coderName(event.actorId), event.actorId, event.action, event.objectType, event.objectId, event.detail]),
];

export const auditCsvBytes = (events: readonly AuditEvent[], coderName: (id: string) => string, locale?: Locale): Uint8Array =>
  utf8WithBom(encodeCsv(auditCsvRows(events, coderName, locale)));
