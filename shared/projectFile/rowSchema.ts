// A small hand-rolled validator for the rows of a project file: each check returns null when a value fits, or the
// first misfit with its path, shown as "turns[3].end: expected a whole number ≥ 0". Object shapes are exact: a
// missing field and an unknown one are both misfits.

export type Misfit = { path: string; expected: string };

export type Check = {
  (value: unknown): Misfit | null;
  /** Set on a field that may be absent from its object. */
  optional?: true;
};

const misfit = (expected: string): Misfit => ({ path: '', expected });

/** The misfit of a member, seen from its container (`segment` is ".name" or "[3]"). */
const inside = (segment: string, found: Misfit | null): Misfit | null =>
  found === null ? null : { path: `${segment}${found.path}`, expected: found.expected };

export const describeMisfit = (found: Misfit): string =>
  found.path === '' ? found.expected : `${found.path.replace(/^\./, '')}: ${found.expected}`;

export const text: Check = (value) => (typeof value === 'string' ? null : misfit('expected text'));

export const finiteNumber: Check = (value) => (typeof value === 'number' && Number.isFinite(value) ? null : misfit('expected a number'));

export const offset: Check = (value) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? null : misfit('expected a whole number ≥ 0');

export const boolean: Check = (value) => (typeof value === 'boolean' ? null : misfit('expected true or false'));

export const oneOf = (values: readonly (string | number)[]): Check => (value) =>
  values.some((allowed) => allowed === value) ? null : misfit(`expected one of ${values.join(', ')}`);

export const nullable = (check: Check): Check => (value) => (value === null ? null : check(value));

export const optional = (check: Check): Check => Object.assign((value: unknown) => check(value), { optional: true as const });

export const listOf = (check: Check): Check => (value) => {
  if (!Array.isArray(value)) return misfit('expected a list');
  for (let index = 0; index < value.length; index += 1) {
    const found = inside(`[${index}]`, check(value[index]));
    if (found !== null) return found;
  }
  return null;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const recordOf = (check: Check): Check => (value) => {
  if (!isPlainObject(value)) return misfit('expected an object');
  for (const [key, member] of Object.entries(value)) {
    const found = inside(`[${JSON.stringify(key)}]`, check(member));
    if (found !== null) return found;
  }
  return null;
};

/** The checks of an object's fields: every field of T has one, and no other field does. */
export type Shape<T> = { [K in keyof T]-?: Check };

export const objectOf = <T>(shape: Shape<T>): Check => {
  const fields: [string, Check][] = Object.entries<Check>(shape);
  const known = new Set(fields.map(([name]) => name));
  return (value) => {
    if (!isPlainObject(value)) return misfit('expected an object');
    for (const [name, check] of fields) {
      if (!Object.hasOwn(value, name)) {
        if (check.optional) continue;
        return { path: `.${name}`, expected: 'missing' };
      }
      const found = inside(`.${name}`, check(value[name]));
      if (found !== null) return found;
    }
    const unknown = Object.keys(value).find((name) => !known.has(name));
    return unknown === undefined ? null : { path: `.${unknown}`, expected: 'not a field of this row' };
  };
};

/** One of several object shapes told apart by the value of `field` (a memo's target kind, an attribute's type). */
export const taggedBy = (field: string, shapes: Record<string, Check>): Check => (value) => {
  if (!isPlainObject(value)) return misfit('expected an object');
  const tag = value[field];
  const check = typeof tag === 'string' && Object.hasOwn(shapes, tag) ? shapes[tag] : undefined;
  return check === undefined ? { path: `.${field}`, expected: `expected one of ${Object.keys(shapes).join(', ')}` } : check(value);
};
