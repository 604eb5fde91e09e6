import { DomainError, LocalizedText } from '../errors/domain-error';

export type IndicatorDirection = 'higher-is-better' | 'lower-is-better';

export const INDICATOR_DIRECTION_LABELS: Readonly<Record<IndicatorDirection, LocalizedText>> = {
  'higher-is-better': { vi: 'càng cao càng tốt', en: 'higher is better' },
  'lower-is-better': { vi: 'càng thấp càng tốt', en: 'lower is better' },
};

/** A productivity or quality figure measured before (step 1) and after (step 6) a pilot model. */
export interface Indicator {
  readonly code: string;
  readonly name: LocalizedText;
  /** Default unit; each model stores the unit it actually measured in. */
  readonly unit: string;
  readonly direction: IndicatorDirection;
}

export function assertIndicatorDirection(value: unknown, field: string): asserts value is IndicatorDirection {
  if (value !== 'higher-is-better' && value !== 'lower-is-better') {
    throw new DomainError(
      'DIRECTION_INVALID',
      {
        vi: `Chiều đánh giá "${String(value)}" không hợp lệ: chọn "càng cao càng tốt" hoặc "càng thấp càng tốt".`,
        en: `The direction "${String(value)}" is invalid: choose "higher is better" or "lower is better".`,
      },
      field,
    );
  }
}
