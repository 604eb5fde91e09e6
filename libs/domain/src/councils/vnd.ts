import { DomainError } from '../errors/domain-error';

/**
 * Money is whole Vietnamese đồng held in a `number`. It must be a safe non-negative integer:
 * a fraction of a đồng does not exist, and beyond 2^53 integers stop being exact.
 */
export function assertVnd(value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new DomainError(
      'VND_INVALID',
      {
        vi: `Số tiền phải là số nguyên đồng không âm (${field}: ${String(value)})`,
        en: `A money amount must be a non-negative whole number of đồng (${field}: ${String(value)})`,
      },
      field,
    );
  }
}

/** Thousands separated the Vietnamese way (1.500.000), for messages. */
export function formatVnd(value: number): string {
  return `${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
}
