/**
 * Exact decimal arithmetic for measured figures. A measurement such as 2.5 % or 0.1 kWh is read
 * from the shortest decimal text of the number (what the person typed), held as an integer count
 * of 10^-scale, and subtracted or divided with BigInt, so 2.6 − 2.5 is exactly 0.1 rather than
 * 0.10000000000000009. Results go back to `number` only at the end, via decimal text.
 */
export interface Decimal {
  /** value = units / 10^scale */
  readonly units: bigint;
  readonly scale: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact decimal written by `String(value)`; `value` must be finite. */
export function decimalOf(value: number): Decimal {
  const match = NUMBER_TEXT.exec(String(value));
  if (match === null) throw new RangeError(`Not a finite number: ${String(value)}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let units = BigInt(`${sign}${whole}${fraction}`);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units, scale };
}

/** Brings two decimals to the same scale so their units can be compared and subtracted. */
export function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

/** The nearest `number` to units / 10^scale, through decimal text (no binary rounding on the way). */
export function decimalToNumber(units: bigint, scale: number): number {
  return Number(`${units.toString()}e-${scale}`);
}

/** numerator / denominator rounded half away from zero; denominator ≠ 0. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}
