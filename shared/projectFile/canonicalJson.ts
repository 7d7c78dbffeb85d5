// JSON with a stable key order (keys sorted at every level, undefined members left out as JSON.stringify does), so
// the same rows always give the same bytes and a saved project's file changes only where the project changed.

const serialise = (value: unknown, out: string[]): void => {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, index) => {
      if (index > 0) out.push(',');
      serialise(item === undefined || typeof item === 'function' ? null : item, out);
    });
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  out.push('{');
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined || typeof member === 'function') continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    serialise(member, out);
  }
  out.push('}');
};

/** One value as canonical JSON text. */
export const canonicalJson = (value: unknown): string => {
  const out: string[] = [];
  serialise(value, out);
  return out.join('');
};

/** A table as a JSON array with one row per line: diffable, and still one canonical text. */
export const canonicalJsonRows = (rows: readonly unknown[]): string =>
  rows.length === 0 ? '[]\n' : `[\n${rows.map((row) => canonicalJson(row)).join(',\n')}\n]\n`;
