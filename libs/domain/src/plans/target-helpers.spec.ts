import { describeTargetValue } from './describe-target';
import type { PlanTarget } from './programme-plan';
import { isTargetReached } from './target-progress';

const target: PlanTarget = {
  code: 'x',
  indicator: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  unit: { vi: 'doanh nghiệp', en: 'enterprises' },
  measure: 'count',
  value: 30,
  comparator: 'more-than',
  period: '2021-2025',
};

describe('isTargetReached', () => {
  it('needs more than the value for more-than, at least it otherwise', () => {
    expect(isTargetReached(target, 30)).toBe(false);
    expect(isTargetReached(target, 31)).toBe(true);
    expect(isTargetReached({ ...target, comparator: 'at-least' }, 30)).toBe(true);
    expect(isTargetReached({ ...target, comparator: 'exactly' }, 29)).toBe(false);
  });

  it('uses the lower end of a range and has no answer for a target without a figure', () => {
    expect(isTargetReached({ ...target, comparator: 'range', value: { min: 20, max: 30 } }, 20)).toBe(true);
    expect(isTargetReached({ ...target, value: null }, 5)).toBeUndefined();
  });
});

describe('describeTargetValue', () => {
  it('writes the figure in both languages', () => {
    expect(describeTargetValue(target)).toEqual({ vi: 'hơn 30 doanh nghiệp', en: 'more than 30 enterprises' });
    expect(describeTargetValue({ ...target, comparator: 'range', value: { min: 1, max: 1.5 }, unit: { vi: '%/năm', en: '% a year' } })).toEqual({
      vi: '1–1,5 %/năm',
      en: '1–1.5 % a year',
    });
    expect(describeTargetValue({ ...target, comparator: 'exactly', value: 6 }).en).toBe('6 enterprises');
  });
});
