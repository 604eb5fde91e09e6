import { DomainError } from '../errors/domain-error';
import { decimalOf, decimalToNumber, divideRounded } from './decimal';
import { IndicatorDirection } from './indicator';
import { Improvement, PERCENT_DECIMALS } from './improvement';

export interface PilotModelOutcome {
  readonly modelId: string;
  /** Only models that finished step 6 count in a roll-up. */
  readonly completed: boolean;
  /** At most one entry per indicator. */
  readonly improvements: readonly Improvement[];
}

export interface IndicatorRollUp {
  readonly indicator: string;
  readonly direction: IndicatorDirection;
  /** Completed models that measured the indicator. */
  readonly modelCount: number;
  /** Of those, models with a percent change (baseline not 0). */
  readonly percentCount: number;
  /** Mean of those percent changes, rounded like them; null when there are none. */
  readonly meanPercentChange: number | null;
  readonly improvedCount: number;
  readonly unchangedCount: number;
  readonly worsenedCount: number;
}

interface Tally {
  direction: IndicatorDirection;
  modelCount: number;
  percentCount: number;
  /** Sum of percent changes in units of 10^-PERCENT_DECIMALS, exact. */
  percentSum: bigint;
  improvedCount: number;
  unchangedCount: number;
}

/**
 * Per indicator, across completed models: how many measured it, the mean percent change over those
 * with one, and how many improved. Sorted by indicator code so the result does not depend on input order.
 */
export function rollUpImprovements(models: readonly PilotModelOutcome[]): IndicatorRollUp[] {
  const tallies = new Map<string, Tally>();
  models.forEach((model, modelIndex) => {
    if (!model.completed) return;
    const seen = new Set<string>();
    model.improvements.forEach((improvement, index) => {
      const field = `models[${modelIndex}].improvements[${index}]`;
      if (seen.has(improvement.indicator)) {
        throw new DomainError(
          'DUPLICATE_INDICATOR',
          {
            vi: `Mô hình "${model.modelId}" có hai kết quả cho chỉ tiêu "${improvement.indicator}"; mỗi chỉ tiêu chỉ được một kết quả.`,
            en: `Model "${model.modelId}" has two results for indicator "${improvement.indicator}"; each indicator may have one.`,
          },
          `${field}.indicator`,
        );
      }
      seen.add(improvement.indicator);
      const tally = tallies.get(improvement.indicator) ?? newTally(improvement.direction);
      if (tally.direction !== improvement.direction) {
        throw new DomainError(
          'DIRECTION_MISMATCH',
          {
            vi: `Chỉ tiêu "${improvement.indicator}" được đánh giá theo hai chiều khác nhau giữa các mô hình (mô hình "${model.modelId}" khác các mô hình trước); không gộp được.`,
            en: `Indicator "${improvement.indicator}" is judged in opposite directions across models (model "${model.modelId}" differs from earlier ones); cannot roll up.`,
          },
          `${field}.direction`,
        );
      }
      tally.modelCount += 1;
      if (improvement.percentChange !== null) {
        tally.percentCount += 1;
        tally.percentSum += hundredths(improvement.percentChange);
      }
      if (improvement.improved === true) tally.improvedCount += 1;
      if (improvement.improved === null) tally.unchangedCount += 1;
      tallies.set(improvement.indicator, tally);
    });
  });

  return [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([indicator, tally]) => ({
      indicator,
      direction: tally.direction,
      modelCount: tally.modelCount,
      percentCount: tally.percentCount,
      meanPercentChange:
        tally.percentCount === 0 ? null : decimalToNumber(divideRounded(tally.percentSum, BigInt(tally.percentCount)), PERCENT_DECIMALS),
      improvedCount: tally.improvedCount,
      unchangedCount: tally.unchangedCount,
      worsenedCount: tally.modelCount - tally.improvedCount - tally.unchangedCount,
    }));
}

function newTally(direction: IndicatorDirection): Tally {
  return { direction, modelCount: 0, percentCount: 0, percentSum: 0n, improvedCount: 0, unchangedCount: 0 };
}

/** A percent already rounded to PERCENT_DECIMALS, as an exact integer count of its last decimal. */
function hundredths(percent: number): bigint {
  const { units, scale } = decimalOf(percent);
  // A hand-made Improvement may carry more decimals; round it like computeImprovement does.
  return scale <= PERCENT_DECIMALS
    ? units * 10n ** BigInt(PERCENT_DECIMALS - scale)
    : divideRounded(units, 10n ** BigInt(scale - PERCENT_DECIMALS));
}
