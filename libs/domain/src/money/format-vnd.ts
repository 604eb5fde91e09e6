import { DomainError } from '../errors/domain-error';

const GROUP_SEPARATOR = '.';
const SYMBOL = '₫';

/**
 * "12.345.678 ₫": Vietnamese groups thousands with dots. Grouping is done here rather than with
 * Intl because ICU locale data for "vi" is not guaranteed in every runtime (small-icu builds,
 * the workflow sandbox). Negative amounts (a refund, a difference) get a leading "-".
 */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new DomainError(
      'VND_INVALID',
      {
        vi: `Không định dạng được số tiền "${String(amount)}": phải là số nguyên đồng.`,
        en: `Cannot format the amount "${String(amount)}": it must be a whole number of đồng.`,
      },
      'amount',
    );
  }
  const digits = String(Math.abs(amount));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return `${amount < 0 ? '-' : ''}${groups.join(GROUP_SEPARATOR)} ${SYMBOL}`;
}
