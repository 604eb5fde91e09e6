import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { shareOf } from './share';
import { toVnd, Vnd } from './vnd';

const vnd = (value: number): Vnd => toVnd(value, 'test');

describe('shareOf', () => {
  it('takes an exact share', () => {
    expect(shareOf(vnd(100_000_000), { num: 1, den: 2 })).toBe(50_000_000);
    expect(shareOf(vnd(100_000_000), { num: 3, den: 10 })).toBe(30_000_000);
    expect(shareOf(vnd(100_000_000), { num: 1, den: 1 })).toBe(100_000_000);
    expect(shareOf(vnd(100_000_000), { num: 0, den: 1 })).toBe(0);
  });

  it('rounds down to the whole đồng', () => {
    expect(shareOf(vnd(1), { num: 1, den: 2 })).toBe(0);
    expect(shareOf(vnd(100), { num: 1, den: 3 })).toBe(33);
    expect(shareOf(vnd(200), { num: 2, den: 3 })).toBe(133);
    expect(shareOf(vnd(999_999), { num: 3, den: 10 })).toBe(299_999);
  });

  it('stays exact where a floating-point multiply would overflow 2^53', () => {
    expect(shareOf(vnd(Number.MAX_SAFE_INTEGER), { num: 1, den: 2 })).toBe(4_503_599_627_370_495);
    expect(shareOf(vnd(Number.MAX_SAFE_INTEGER), { num: 999, den: 1000 })).toBe(8_998_192_055_486_250);
  });

  it('never exceeds the share nor falls a whole đồng short of it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 1, max: 1000 }).chain((den) => fc.tuple(fc.integer({ min: 0, max: den }), fc.constant(den))),
        (amount, [num, den]) => {
          const result = shareOf(vnd(amount), { num, den });
          const exact = BigInt(amount) * BigInt(num);
          expect(Number.isSafeInteger(result)).toBe(true);
          expect(BigInt(result) * BigInt(den) <= exact).toBe(true);
          expect(BigInt(result + 1) * BigInt(den) > exact).toBe(true);
          expect(result).toBeLessThanOrEqual(amount);
        },
      ),
    );
  });

  it.each([
    { num: 1, den: 0 },
    { num: -1, den: 2 },
    { num: 3, den: 2 },
    { num: 0.5, den: 1 },
  ])('rejects the share %p', (share) => {
    expect(() => shareOf(vnd(100), share)).toThrow(DomainError);
  });

  it('rejects an amount that is not whole đồng', () => {
    expect(() => shareOf(10.5 as Vnd, { num: 1, den: 2 })).toThrow(expect.objectContaining({ code: 'VND_INVALID', field: 'amount' }));
  });
});
