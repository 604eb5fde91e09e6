import { ProblemException } from '../problem/problem';
import { applyOrderBy, orderBy } from './order-by';
import { pageOf, pageWindow } from './page';
import { PageQueryDto } from './page-query.dto';

const allowed = { code: 'plan.code', issuedOn: 'plan.issuedOn' };

describe('orderBy', () => {
  it('maps fields to columns, "-" meaning descending', () => {
    expect(orderBy('-issuedOn,code', allowed, [['plan.code', 'ASC']])).toEqual([
      ['plan.issuedOn', 'DESC'],
      ['plan.code', 'ASC'],
    ]);
  });

  it('falls back when no sort is asked for', () => {
    expect(orderBy(undefined, allowed, [['plan.code', 'ASC']])).toEqual([['plan.code', 'ASC']]);
  });

  it('refuses a field the route does not sort by, naming the allowed ones', () => {
    expect.assertions(3);
    try {
      orderBy('colour', allowed, []);
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).status).toBe(400);
      expect((error as ProblemException).detail.en).toBe('Cannot sort by "colour"; use one of: code, issuedOn');
    }
  });

  it('does not take inherited object keys for fields', () => {
    expect(() => orderBy('constructor', allowed, [])).toThrow(ProblemException);
  });
});

describe('applyOrderBy', () => {
  it('adds the unused fallback columns as tie-breakers, nulls last', () => {
    const calls: unknown[][] = [];
    applyOrderBy({ addOrderBy: (...args: unknown[]) => calls.push(args) }, '-issuedOn', allowed, [['plan.code', 'ASC']]);
    expect(calls).toEqual([
      ['plan.issuedOn', 'DESC', 'NULLS LAST'],
      ['plan.code', 'ASC', 'NULLS LAST'],
    ]);
  });
});

describe('page helpers', () => {
  it('turns page and pageSize into offset and limit, and echoes them in the page', () => {
    const query = Object.assign(new PageQueryDto(), { page: 3, pageSize: 25 });
    expect(pageWindow(query)).toEqual({ skip: 50, take: 25 });
    expect(pageOf(['a'], 51, query)).toEqual({ items: ['a'], total: 51, page: 3, pageSize: 25 });
  });

  it('defaults to the first page of 20', () => {
    const query = new PageQueryDto();
    expect([query.page, query.pageSize]).toEqual([1, 20]);
  });
});
