import { DomainError } from '../errors/domain-error';
import type { PlanTarget, Ratio, TargetValue } from './programme-plan';

function invalid(field: string, vi: string, en: string): DomainError {
  return new DomainError('PLAN_DERIVATION_INVALID', { vi, en }, field);
}

/**
 * The period after a 'YYYY-YYYY' (or 'YYYY') period, of the same length:
 * '2021-2025' → '2026-2030', '2021' → '2022'.
 */
export function nextPeriodCode(period: string): string {
  const span = /^(\d{4})-(\d{4})$/.exec(period);
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    if (to >= from) return `${to + 1}-${to + 1 + (to - from)}`;
  }
  if (/^\d{4}$/.test(period)) return String(Number(period) + 1);
  throw invalid('period', `Không suy ra được giai đoạn tiếp theo của "${period}"`, `Cannot work out the period after "${period}"`);
}

/** value × num / den, rounded up to a whole unit for counts; percentages keep six decimals. */
function scale(value: number, factor: Ratio, measure: PlanTarget['measure']): number {
  const exact = (value * factor.num) / factor.den;
  const tidy = Math.round(exact * 1e6) / 1e6; // strip float noise (7 × 11 / 10 = 7.700000000000001)
  return measure === 'count' ? Math.ceil(tidy) : tidy;
}

/**
 * "More than n" whole things is at least n + 1: scale that, round up, and say it again as "more
 * than" — Tiền Giang's "more than 30" (≥ 31) +10% is ≥ 34.1, so ≥ 35, "more than 34".
 * Percentages are not whole units, so their bound scales as it is.
 */
function scaleMoreThanCount(value: number, factor: Ratio): number {
  return scale(value + 1, factor, 'count') - 1;
}

function scaleValue(value: TargetValue, factor: Ratio, measure: PlanTarget['measure'], comparator: PlanTarget['comparator']): TargetValue {
  if (value === null) return null;
  if (typeof value === 'number') return comparator === 'more-than' && measure === 'count' ? scaleMoreThanCount(value, factor) : scale(value, factor, measure);
  return { min: scale(value.min, factor, measure), max: scale(value.max, factor, measure) };
}

/**
 * Targets of the next period from this period's, each multiplied by `factor` (Tiền Giang:
 * 2026–2030 "at least 10% higher" → { num: 11, den: 10 }). Counts round up to whole units
 * ("more than n" counts from n + 1, see scaleMoreThanCount); the comparator ("at least", "more
 * than", "about") and wording stay; a target without a figure stays without one. The result
 * records where it came from (`derivedFrom`). `options.period` overrides the next period's code.
 */
export function deriveNextPeriodTargets(targets: readonly PlanTarget[], factor: Ratio, options: { period?: string } = {}): PlanTarget[] {
  if (!Number.isSafeInteger(factor.num) || !Number.isSafeInteger(factor.den) || factor.num <= 0 || factor.den <= 0) {
    throw invalid('factor', 'Hệ số phải là phân số dương với tử và mẫu nguyên', 'The factor must be a positive fraction of whole numbers');
  }
  return targets.map((target) => ({
    code: target.code,
    indicator: target.indicator,
    unit: target.unit,
    measure: target.measure,
    value: scaleValue(target.value, factor, target.measure, target.comparator),
    comparator: target.comparator,
    period: options.period ?? nextPeriodCode(target.period),
    derivedFrom: { period: target.period, factor: { num: factor.num, den: factor.den } },
  }));
}
