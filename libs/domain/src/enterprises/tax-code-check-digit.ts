/**
 * Check digit of a 10-digit Vietnamese tax code (mã số thuế), from its first nine digits.
 *
 * Rule: weights 31, 29, 23, 19, 17, 13, 7, 5, 3 over digits 1–9; check = 10 − (sum mod 11).
 * A remainder of 10 gives check digit 0; a remainder of 0 would need "10", so no code with those
 * nine digits is valid (the tax authority does not issue them).
 * Source: python-stdnum `stdnum/vn/mst.py` (calc_check_digit, validate) and its test list of
 * published codes; cross-checked against real codes, e.g. Viettel 0100109106, Vietcombank
 * 0100112437, Vinamilk 0300588569, FPT 0101248141 and Petrolimex 0100107370 (remainder 10 → 0).
 */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** The expected 10th digit, or null when the nine digits admit none. */
export function taxCodeCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) {
    throw new RangeError(`taxCodeCheckDigit expects nine digits, got "${firstNine}"`);
  }
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(firstNine[index]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}
