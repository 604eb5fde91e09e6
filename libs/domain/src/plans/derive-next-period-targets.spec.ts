import { DomainError } from '../errors/domain-error';
import { deriveNextPeriodTargets, nextPeriodCode } from './derive-next-period-targets';
import type { PlanTarget } from './programme-plan';

const count: PlanTarget = {
  code: 'classes',
  indicator: { vi: 'Lớp', en: 'Classes' },
  unit: { vi: 'lớp', en: 'classes' },
  measure: 'count',
  value: 10,
  comparator: 'about',
  period: '2021-2025',
};

describe('nextPeriodCode', () => {
  it.each([
    ['2021-2025', '2026-2030'],
    ['2021-2030', '2031-2040'],
    ['2021', '2022'],
  ])('%s → %s', (period, next) => {
    expect(nextPeriodCode(period)).toBe(next);
  });

  it('rejects a period it cannot read', () => {
    expect(() => nextPeriodCode('mid-term')).toThrow(DomainError);
    expect(() => nextPeriodCode('2025-2021')).toThrow(DomainError);
  });
});

describe('deriveNextPeriodTargets', () => {
  const tenPercent = { num: 11, den: 10 };

  it('rounds counts up to whole units', () => {
    const values = [1, 2, 9, 10, 20, 30, 400].map((value) => deriveNextPeriodTargets([{ ...count, value }], tenPercent)[0]?.value);
    expect(values).toEqual([2, 3, 10, 11, 22, 33, 440]);
  });

  it('keeps "more than" and "at least": more than 30 whole things (≥ 31) +10% is more than 34 (≥ 35)', () => {
    const derive = (comparator: 'more-than' | 'at-least', value: number) => deriveNextPeriodTargets([{ ...count, comparator, value }], tenPercent)[0];
    expect(derive('more-than', 30)).toMatchObject({ comparator: 'more-than', value: 34 });
    expect(derive('more-than', 9)).toMatchObject({ comparator: 'more-than', value: 10 }); // ≥ 10 → ≥ 11
    expect(derive('more-than', 0)).toMatchObject({ comparator: 'more-than', value: 1 }); // ≥ 1 → ≥ 2
    expect(derive('at-least', 20)).toMatchObject({ comparator: 'at-least', value: 22 });
    expect(derive('at-least', 30)).toMatchObject({ comparator: 'at-least', value: 33 });
  });

  it('scales both ends of a range and keeps percentages exact', () => {
    const [range] = deriveNextPeriodTargets([{ ...count, comparator: 'range', value: { min: 20, max: 30 } }], tenPercent);
    expect(range?.value).toEqual({ min: 22, max: 33 });
    const [rate] = deriveNextPeriodTargets([{ ...count, measure: 'percent', comparator: 'more-than', value: 7 }], tenPercent);
    expect(rate?.value).toBe(7.7);
  });

  it('keeps wording, comparator and a missing figure; moves to the next period; records the source', () => {
    const [derived] = deriveNextPeriodTargets([{ ...count, value: null }], tenPercent);
    expect(derived).toEqual({ ...count, value: null, period: '2026-2030', derivedFrom: { period: '2021-2025', factor: tenPercent } });
    expect(deriveNextPeriodTargets([count], tenPercent, { period: '2026-2027' })[0]?.period).toBe('2026-2027');
  });

  it('does not change its input', () => {
    const input = [{ ...count }];
    deriveNextPeriodTargets(input, tenPercent);
    expect(input).toEqual([count]);
  });

  it('rejects a factor that is not a positive fraction of whole numbers', () => {
    expect(() => deriveNextPeriodTargets([count], { num: 0, den: 10 })).toThrow(DomainError);
    expect(() => deriveNextPeriodTargets([count], { num: 1.1, den: 1 })).toThrow(DomainError);
    expect(() => deriveNextPeriodTargets([count], { num: 11, den: 0 })).toThrow(DomainError);
  });
});
