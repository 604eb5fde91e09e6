import { DomainError } from '../errors/domain-error';
import { assertVnd, Vnd } from './vnd';

/** A fraction of a cost, kept as integers so 1/3 or 30 % stay exact (no 0.3 floating error). */
export interface Share {
  readonly num: number;
  readonly den: number;
}

/** A share between 0 and 1 inclusive: support never pays more than the cost. */
export function assertShare(share: Share, field: string): void {
  const { num, den } = share;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0 || num < 0 || num > den) {
    throw new DomainError(
      'SHARE_INVALID',
      {
        vi: `Tỷ lệ hỗ trợ ${String(num)}/${String(den)} không hợp lệ: tử và mẫu phải là số nguyên, mẫu lớn hơn 0 và tỷ lệ từ 0 đến 100%.`,
        en: `The share ${String(num)}/${String(den)} is invalid: numerator and denominator must be integers, the denominator above 0 and the share between 0 and 100%.`,
      },
      field,
    );
  }
}

/**
 * `amount × num / den`, rounded DOWN to the whole đồng so support never exceeds its share.
 * BigInt keeps the product exact for any safe amount (a plain multiply could pass 2^53).
 */
export function shareOf(amount: Vnd, share: Share): Vnd {
  assertVnd(amount, 'amount');
  assertShare(share, 'share');
  const result = Number((BigInt(amount) * BigInt(share.num)) / BigInt(share.den));
  return result as Vnd;
}
