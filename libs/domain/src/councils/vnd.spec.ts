import { DomainError } from '../errors/domain-error';
import { assertVnd, formatVnd } from './vnd';

describe('vnd', () => {
  it.each([0, 1, 1_500_000_000, Number.MAX_SAFE_INTEGER])('accepts %p', (value) => {
    expect(() => assertVnd(value, 'amount')).not.toThrow();
  });

  it.each([1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, '100' as unknown as number])('rejects %p', (value) => {
    try {
      assertVnd(value, 'amount');
      throw new Error('unreachable');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('VND_INVALID');
      expect((error as DomainError).field).toBe('amount');
    }
  });

  it('formats with Vietnamese thousands separators', () => {
    expect(formatVnd(1_500_000)).toBe('1.500.000 đ');
    expect(formatVnd(999)).toBe('999 đ');
  });
});
