import { DomainError } from '../errors/domain-error';
import { assertVnd, isVnd, toVnd } from './vnd';

describe('Vnd', () => {
  it.each([0, 1, 3_000_000_000, Number.MAX_SAFE_INTEGER])('accepts %p đồng', (value) => {
    expect(isVnd(value)).toBe(true);
    expect(toVnd(value, 'amount')).toBe(value);
  });

  it.each([-1, 0.5, 1e-9, Number.MAX_SAFE_INTEGER + 1, NaN, Infinity, '1000', null, undefined])(
    'rejects %p',
    (value) => {
      expect(isVnd(value)).toBe(false);
      expect(() => assertVnd(value, 'costVnd')).toThrow(DomainError);
    },
  );

  it('names the field at fault, Vietnamese first', () => {
    expect(() => assertVnd(-5, 'capVnd')).toThrow(
      expect.objectContaining({
        code: 'VND_INVALID',
        field: 'capVnd',
        text: expect.objectContaining({ vi: expect.stringContaining('số nguyên đồng'), en: expect.stringContaining('whole, non-negative') }),
      }),
    );
  });
});
