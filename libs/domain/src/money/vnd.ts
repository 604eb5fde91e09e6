import { DomainError } from '../errors/domain-error';

declare const vndBrand: unique symbol;

/**
 * An amount of money in whole Vietnamese đồng. The đồng has no minor unit in use, so amounts are
 * integers; the brand stops a raw number (or a share not yet rounded) being passed as money.
 */
export type Vnd = number & { readonly [vndBrand]: 'Vnd' };

export function isVnd(value: unknown): value is Vnd {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Throws unless `value` is a safe, non-negative whole number of đồng; `field` names the input. */
export function assertVnd(value: unknown, field: string): asserts value is Vnd {
  if (!isVnd(value)) {
    throw new DomainError(
      'VND_INVALID',
      {
        vi: `Số tiền "${String(value)}" không hợp lệ: phải là số nguyên đồng, không âm.`,
        en: `The amount "${String(value)}" is invalid: it must be a whole, non-negative number of đồng.`,
      },
      field,
    );
  }
}

/** Checks and brands a number as đồng, for literals and values read from outside. */
export function toVnd(value: number, field: string): Vnd {
  assertVnd(value, field);
  return value;
}
