import fc from 'fast-check';
import { aligned, decimalOf, decimalToNumber, divideRounded } from './decimal';

describe('decimal helpers', () => {
  it.each<[number, bigint, number]>([
    [2.5, 25n, 1],
    [0, 0n, 0],
    [-0.125, -125n, 3],
    [1e-7, 1n, 7],
    [1.5e21, 1_500_000_000_000_000_000_000n, 0],
    [120_000_000, 120_000_000n, 0],
  ])('reads %p as written', (value, units, scale) => {
    expect(decimalOf(value)).toEqual({ units, scale });
  });

  it('rejects non-finite numbers', () => {
    expect(() => decimalOf(NaN)).toThrow(RangeError);
    expect(() => decimalOf(Infinity)).toThrow(RangeError);
  });

  it('aligns scales and converts back without binary noise', () => {
    const [a, b, scale] = aligned(decimalOf(2.6), decimalOf(2.5));
    expect(decimalToNumber(a - b, scale)).toBe(0.1);
    expect(2.6 - 2.5).not.toBe(0.1); // the floating-point result this avoids
  });

  it('rounds half away from zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(-4n, 3n)).toBe(-1n);
    expect(divideRounded(7n, -2n)).toBe(-4n);
  });

  it('round-trips any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const { units, scale } = decimalOf(value);
        expect(decimalToNumber(units, scale)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});
