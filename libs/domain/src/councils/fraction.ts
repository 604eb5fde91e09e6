import { DomainError } from '../errors/domain-error';

/**
 * An exact non-negative rational number. Thresholds ("at least 2/3", "more than 3/4") and
 * score means are kept as fractions so that no float rounding ever decides an outcome.
 */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    [x, y] = [y, x % y];
  }
  return x;
}

function invalidRule(field: string, detail: string): DomainError {
  return new DomainError(
    'COUNCIL_RULE_INVALID',
    { vi: `Quy tắc hội đồng không hợp lệ (${field}): ${detail}`, en: `Invalid council rule (${field}): ${detail}` },
    field,
  );
}

/** A fraction with safe-integer parts, a positive denominator and a non-negative numerator. */
export function assertFraction(value: Fraction, field: string): void {
  if (
    value === null ||
    typeof value !== 'object' ||
    !Number.isSafeInteger(value.num) ||
    !Number.isSafeInteger(value.den) ||
    value.den <= 0 ||
    value.num < 0
  ) {
    throw invalidRule(field, 'num/den');
  }
}

/** A share of a whole: a fraction between 0 and 1 inclusive. */
export function assertShare(value: Fraction, field: string): void {
  assertFraction(value, field);
  if (value.num > value.den) {
    throw invalidRule(field, 'num ≤ den');
  }
}

/** A whole number of items (members, months, points) that a rule sets. */
export function assertRuleCount(value: number, field: string, min = 0): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw invalidRule(field, `≥ ${min}`);
  }
}

/** Builds a fraction in lowest terms. */
export function fraction(num: number, den = 1): Fraction {
  const value = { num, den };
  assertFraction(value, 'fraction');
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

/** Sign of a − b, by cross-multiplication in BigInt so large operands cannot lose precision. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = BigInt(a.num) * BigInt(b.den);
  const right = BigInt(b.num) * BigInt(a.den);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** part/whole ≥ share, i.e. part·den ≥ num·whole ("at least"). */
export function reachesShare(part: number, whole: number, share: Fraction): boolean {
  return BigInt(part) * BigInt(share.den) >= BigInt(share.num) * BigInt(whole);
}

/** part/whole > share, i.e. part·den > num·whole ("more than"). */
export function exceedsShare(part: number, whole: number, share: Fraction): boolean {
  return BigInt(part) * BigInt(share.den) > BigInt(share.num) * BigInt(whole);
}

/** Smallest whole count that reaches `share` of `whole` (e.g. 2/3 of 7 → 5). */
export function minimumToReach(whole: number, share: Fraction): number {
  const product = share.num * whole;
  return Math.floor((product + share.den - 1) / share.den);
}

/** Smallest whole count that exceeds `share` of `whole` (e.g. more than 3/4 of 8 → 7). */
export function minimumToExceed(whole: number, share: Fraction): number {
  const product = share.num * whole;
  return (product - (product % share.den)) / share.den + 1;
}

/**
 * The value in hundredths, rounded half up (70.125 → 7013). For display only: every
 * decision compares the exact fraction.
 */
export function toHundredths(value: Fraction): number {
  return Number((BigInt(value.num) * 200n + BigInt(value.den)) / (2n * BigInt(value.den)));
}

/** "70.33" style rendering of `toHundredths`, for messages. */
export function formatHundredths(value: Fraction): string {
  const h = toHundredths(value);
  const whole = Math.floor(h / 100);
  const rest = h % 100;
  return rest === 0 ? `${whole}` : `${whole}.${String(rest).padStart(2, '0')}`;
}
