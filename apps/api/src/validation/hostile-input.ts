/**
 * What no request may carry anywhere (body, query, path), whatever its DTO says: PostgreSQL refuses
 * NUL in text and jsonb, lone UTF-16 surrogates are not text at all, a number beyond ±(2^53 − 1) is
 * not the number the caller sent (9007199254740993 arrives as …992; 1e308 overflows every column),
 * and deep nesting costs the whole stack. Found here, such a value never reaches a workflow.
 */
export const MAX_JSON_DEPTH = 32;

// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is searched for
const REFUSED_CHARACTERS = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type HostileReason = 'refused-character' | 'unsafe-number' | 'too-deep';

export interface HostileFinding {
  /** Dotted path of the value at fault ("title", "data.items.3.note"); empty for the value itself. */
  field: string;
  reason: HostileReason;
}

/** The first value in `value` that no route may accept, or undefined. */
export function findHostileValue(value: unknown, path = '', depth = 0): HostileFinding | undefined {
  if (typeof value === 'string') return REFUSED_CHARACTERS.test(value) ? { field: path, reason: 'refused-character' } : undefined;
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? undefined : { field: path, reason: 'unsafe-number' };
  if (typeof value === 'bigint') return { field: path, reason: 'unsafe-number' };
  if (value === null || typeof value !== 'object') return undefined;
  // Uploaded files (multer) and other binary parts are not JSON; their content is checked elsewhere.
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return undefined;
  if (depth >= MAX_JSON_DEPTH) return { field: path, reason: 'too-deep' };
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const field = path ? `${path}.${key}` : key;
    if (REFUSED_CHARACTERS.test(key)) return { field, reason: 'refused-character' };
    const found = findHostileValue(item, field, depth + 1);
    if (found) return found;
  }
  return undefined;
}
