// Identifier and timestamp conventions shared by every stored record.

/** Opaque string id; generated with crypto.randomUUID() so records can be merged across machines. */
export type Id = string;

/** ISO-8601 instant, e.g. "2024-03-12T09:30:00.000Z". */
export type IsoInstant = string;

/** ISO-8601 calendar date, e.g. "2024-03-12" (the date a source was collected). */
export type IsoDate = string;

export const newId = (): Id => crypto.randomUUID();

export const nowIso = (): IsoInstant => new Date().toISOString();
