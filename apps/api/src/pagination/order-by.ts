import { ProblemException } from '../problem/problem';

export type SortDirection = 'ASC' | 'DESC';

/**
 * Turns `?sort=-issuedOn,code` into [column, direction] pairs, using only the fields a route
 * allows (field name → SQL column or query-builder path). No sort gives `fallback`; an unknown
 * field is a 400 problem naming the allowed ones.
 */
export function orderBy(sort: string | undefined, allowed: Readonly<Record<string, string>>, fallback: readonly [string, SortDirection][]): [string, SortDirection][] {
  if (!sort) return [...fallback];
  return sort.split(',').map((part) => {
    const descending = part.startsWith('-');
    const field = descending ? part.slice(1) : part;
    const column = Object.prototype.hasOwnProperty.call(allowed, field) ? allowed[field] : undefined;
    if (column === undefined) {
      const fields = Object.keys(allowed).join(', ');
      throw new ProblemException(
        400,
        'validation',
        { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
        { vi: `Không sắp xếp được theo "${field}"; chọn một trong: ${fields}`, en: `Cannot sort by "${field}"; use one of: ${fields}` },
        [{ field: 'sort', message: { vi: `sort phải dùng các trường: ${fields}`, en: `sort must use the fields: ${fields}` } }],
      );
    }
    return [column, descending ? 'DESC' : 'ASC'];
  });
}

/**
 * Applies `orderBy` to a query builder, then the fallback columns not yet used, so pages stay
 * stable when the requested field has ties; missing values (NULL) sort last either way.
 */
export function applyOrderBy(
  builder: { addOrderBy(sort: string, order?: SortDirection, nulls?: 'NULLS FIRST' | 'NULLS LAST'): unknown },
  sort: string | undefined,
  allowed: Readonly<Record<string, string>>,
  fallback: readonly [string, SortDirection][],
): void {
  const requested = orderBy(sort, allowed, fallback);
  const used = new Set(requested.map(([column]) => column));
  for (const [column, direction] of [...requested, ...fallback.filter(([column]) => !used.has(column))]) builder.addOrderBy(column, direction, 'NULLS LAST');
}
