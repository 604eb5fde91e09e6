import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import {
  addFractions,
  assertFraction,
  assertShare,
  compareFractions,
  exceedsShare,
  formatHundredths,
  fraction,
  minimumToExceed,
  minimumToReach,
  multiplyFractions,
  reachesShare,
  toHundredths,
} from './fraction';

describe('fraction', () => {
  const twoThirds = { num: 2, den: 3 };
  const threeQuarters = { num: 3, den: 4 };

  it('reduces to lowest terms', () => {
    expect(fraction(140, 2)).toEqual({ num: 70, den: 1 });
    expect(fraction(0, 7)).toEqual({ num: 0, den: 1 });
  });

  it('"at least" includes the boundary, "more than" does not', () => {
    expect(reachesShare(6, 9, twoThirds)).toBe(true);
    expect(reachesShare(5, 9, twoThirds)).toBe(false);
    expect(exceedsShare(6, 8, threeQuarters)).toBe(false);
    expect(exceedsShare(7, 8, threeQuarters)).toBe(true);
  });

  it('finds the smallest count meeting a share', () => {
    expect(minimumToReach(7, twoThirds)).toBe(5);
    expect(minimumToReach(9, twoThirds)).toBe(6);
    expect(minimumToReach(11, twoThirds)).toBe(8);
    expect(minimumToReach(5, { num: 4, den: 5 })).toBe(4);
    expect(minimumToExceed(8, threeQuarters)).toBe(7);
    expect(minimumToExceed(9, threeQuarters)).toBe(7);
    expect(minimumToExceed(4, threeQuarters)).toBe(4);
  });

  it('minimum counts agree with the share predicates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), (whole, den, rawNum) => {
        const share = { num: Math.min(rawNum, den), den };
        const reach = minimumToReach(whole, share);
        expect(reachesShare(reach, whole, share)).toBe(true);
        if (reach > 0) expect(reachesShare(reach - 1, whole, share)).toBe(false);
        const exceed = minimumToExceed(whole, share);
        expect(exceedsShare(exceed, whole, share)).toBe(true);
        expect(exceedsShare(exceed - 1, whole, share)).toBe(false);
      }),
    );
  });

  it('compares, adds and multiplies exactly', () => {
    expect(compareFractions(fraction(1, 3), fraction(2, 6))).toBe(0);
    expect(compareFractions(fraction(489, 7), fraction(70))).toBe(-1);
    expect(compareFractions(fraction(71), fraction(70))).toBe(1);
    expect(addFractions(fraction(1), fraction(1, 10))).toEqual({ num: 11, den: 10 });
    expect(multiplyFractions(fraction(70), fraction(11, 10))).toEqual({ num: 77, den: 1 });
  });

  it('rounds hundredths half up, for display', () => {
    expect(toHundredths(fraction(70125, 1000))).toBe(7013);
    expect(toHundredths(fraction(70124, 1000))).toBe(7012);
    expect(toHundredths(fraction(211, 3))).toBe(7033);
    expect(formatHundredths(fraction(70))).toBe('70');
    expect(formatHundredths(fraction(1543, 20))).toBe('77.15');
    expect(formatHundredths(fraction(1541, 20))).toBe('77.05');
  });

  it('rejects malformed rule fractions', () => {
    expect(() => assertFraction({ num: 1, den: 0 }, 'x')).toThrow(DomainError);
    expect(() => assertFraction({ num: -1, den: 3 }, 'x')).toThrow(DomainError);
    expect(() => assertFraction({ num: 0.5, den: 3 }, 'x')).toThrow(DomainError);
    expect(() => assertShare({ num: 4, den: 3 }, 'x')).toThrow(DomainError);
    expect(() => assertShare({ num: 3, den: 3 }, 'x')).not.toThrow();
    try {
      assertShare({ num: 4, den: 3 }, 'quorumShare');
    } catch (error) {
      expect((error as DomainError).code).toBe('COUNCIL_RULE_INVALID');
      expect((error as DomainError).field).toBe('quorumShare');
      expect((error as DomainError).text.vi).toContain('Quy tắc hội đồng không hợp lệ');
    }
  });
});
