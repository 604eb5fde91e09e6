import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { formatVnd } from './format-vnd';

describe('formatVnd', () => {
  it.each([
    [0, '0 ₫'],
    [5, '5 ₫'],
    [999, '999 ₫'],
    [1_000, '1.000 ₫'],
    [12_345, '12.345 ₫'],
    [123_456, '123.456 ₫'],
    [1_234_567, '1.234.567 ₫'],
    [12_345_678, '12.345.678 ₫'],
    [3_000_000_000, '3.000.000.000 ₫'],
    [-50_000_000, '-50.000.000 ₫'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991 ₫'],
  ])('formats %p as %p', (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected);
  });

  it('round-trips: removing the dots and the symbol gives the number back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const text = formatVnd(amount);
        expect(text).toMatch(/^\d{1,3}(\.\d{3})* ₫$/);
        expect(Number(text.replace(' ₫', '').split('.').join(''))).toBe(amount);
      }),
    );
  });

  it.each([1.5, NaN, Infinity])('rejects %p', (amount) => {
    expect(() => formatVnd(amount)).toThrow(DomainError);
  });
});
