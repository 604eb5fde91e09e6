import { DomainError, LocalizedText } from '../errors/domain-error';
import { aligned, decimalOf, decimalToNumber, divideRounded } from './decimal';
import { assertIndicatorDirection, IndicatorDirection } from './indicator';
import { assertMeasurement, Measurement, normalizeUnit } from './measurement';

/** Percent changes are rounded half away from zero to this many decimals (12.35 %). */
export const PERCENT_DECIMALS = 2;

export interface Improvement {
  readonly indicator: string;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  readonly baselineValue: number;
  readonly afterValue: number;
  /** after − baseline, exact to the decimals entered. */
  readonly absoluteChange: number;
  /** (after − baseline) / |baseline| × 100, rounded to PERCENT_DECIMALS; null when the baseline is 0. */
  readonly percentChange: number | null;
  /** Why percentChange is null, for the reader. */
  readonly percentChangeNote: LocalizedText | null;
  /** true when the change goes the better way, false the worse way, null when unchanged. */
  readonly improved: boolean | null;
}

const ZERO_BASELINE: LocalizedText = {
  vi: 'Không tính được tỷ lệ thay đổi (%) vì giá trị ban đầu bằng 0; chỉ so sánh mức thay đổi tuyệt đối.',
  en: 'No percent change: the baseline is 0, so only the absolute change is compared.',
};

/**
 * Step 6 of a pilot model: the change of one indicator against its baseline. Both figures must be
 * the same indicator in the same unit; a negative baseline uses |baseline| so the sign of the
 * percent follows the sign of the change.
 */
export function computeImprovement(baseline: Measurement, after: Measurement, direction: IndicatorDirection): Improvement {
  assertMeasurement(baseline, 'baseline');
  assertMeasurement(after, 'after');
  assertIndicatorDirection(direction, 'direction');
  const indicator = baseline.indicator.trim();
  if (after.indicator.trim() !== indicator) {
    throw new DomainError(
      'UNIT_MISMATCH',
      {
        vi: `Không so sánh được: số liệu ban đầu thuộc chỉ tiêu "${indicator}" còn số liệu sau thuộc chỉ tiêu "${after.indicator.trim()}".`,
        en: `Cannot compare: the baseline is indicator "${indicator}" but the after figure is indicator "${after.indicator.trim()}".`,
      },
      'after.indicator',
    );
  }
  const unit = normalizeUnit(baseline.unit);
  if (normalizeUnit(after.unit) !== unit) {
    throw new DomainError(
      'UNIT_MISMATCH',
      {
        vi: `Không so sánh được chỉ tiêu "${indicator}": số liệu ban đầu tính bằng "${unit}" còn số liệu sau tính bằng "${normalizeUnit(after.unit)}". Hãy quy đổi về cùng một đơn vị.`,
        en: `Cannot compare indicator "${indicator}": the baseline is in "${unit}" but the after figure is in "${normalizeUnit(after.unit)}". Convert both to the same unit.`,
      },
      'after.unit',
    );
  }
  if (after.date < baseline.date) {
    throw new DomainError(
      'MEASUREMENT_DATE_ORDER',
      {
        vi: `Ngày đo sau áp dụng (${after.date}) sớm hơn ngày đo ban đầu (${baseline.date}).`,
        en: `The after measurement date (${after.date}) is earlier than the baseline date (${baseline.date}).`,
      },
      'after.date',
    );
  }

  const [base, next, scale] = aligned(decimalOf(baseline.value), decimalOf(after.value));
  const change = next - base;
  const magnitude = base < 0n ? -base : base;
  const percentChange =
    magnitude === 0n ? null : decimalToNumber(divideRounded(change * 100n * 10n ** BigInt(PERCENT_DECIMALS), magnitude), PERCENT_DECIMALS);
  const improved = change === 0n ? null : (change > 0n) === (direction === 'higher-is-better');

  return {
    indicator,
    unit,
    direction,
    baselineValue: baseline.value,
    afterValue: after.value,
    absoluteChange: decimalToNumber(change, scale),
    percentChange,
    percentChangeNote: percentChange === null ? ZERO_BASELINE : null,
    improved,
  };
}
