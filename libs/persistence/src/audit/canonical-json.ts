/** A value JSON can carry exactly: what a jsonb column stores and gives back. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The one text of a JSON value the audit hash is taken over (RFC 8785 style): object keys
 * sorted by UTF-16 code units, no whitespace, numbers and strings as ECMAScript writes them.
 * jsonb reorders keys and drops formatting, so only a canonical text survives the round trip.
 * Anything JSON cannot carry exactly is refused rather than silently changed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} is not a JSON number`);
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      if (!isPlainObject(value)) throw new TypeError(`canonicalJson: ${Object.prototype.toString.call(value)} is not a plain JSON object`);
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort(compareCodeUnits)
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
        .join(',')}}`;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not a JSON value`);
  }
}

/**
 * The value as a jsonb column will give it back (Dates become ISO strings, undefined members
 * vanish), so the hash taken at write time matches the one recomputed from the stored row.
 */
export function toJsonValue(value: unknown): JsonValue {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as JsonValue);
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
