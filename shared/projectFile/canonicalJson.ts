// JSON with a stable key order (keys sorted at every level, undefined members left out as JSON.stringify does), so
// the same rows always give the same bytes and a saved project's file changes only where the project changed.

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * JSON.stringify's replacer: an object whose keys are out of order is replaced by a copy with sorted keys. The
 * native serialiser does the rest, several times faster than walking rows by hand; rows already in order (read from
 * a file) are not copied at all.
 */
const sortedKeys = (_key: string, value: unknown): unknown => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  let ordered = true;
  for (let index = 1; index < keys.length && ordered; index += 1) ordered = keys[index - 1] < keys[index];
  // fromEntries defines each key as data, so a member named "__proto__" stays a member.
  return ordered ? value : Object.fromEntries(Object.entries(value).sort(([a], [b]) => byCodeUnits(a, b)));
};

/** One value as canonical JSON text. */
export const canonicalJson = (value: unknown): string => JSON.stringify(value, sortedKeys) ?? 'null';

/** A table as a JSON array with one row per line: diffable, and still one canonical text. */
export const canonicalJsonRows = (rows: readonly unknown[]): string =>
  rows.length === 0 ? '[]\n' : `[\n${rows.map((row) => canonicalJson(row)).join(',\n')}\n]\n`;
