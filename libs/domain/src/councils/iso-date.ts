import { DomainError } from '../errors/domain-error';

/** A calendar date without time or zone: deadlines here are counted in whole days. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] as number;
}

/** Parses a strict `YYYY-MM-DD` string and rejects impossible dates such as 2025-02-30. */
export function parseIsoDate(value: string, field: string): CalendarDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new DomainError(
    'DATE_INVALID',
    {
      vi: `Ngày không hợp lệ, cần dạng YYYY-MM-DD (${field}: ${String(value)})`,
      en: `Invalid date, expected YYYY-MM-DD (${field}: ${String(value)})`,
    },
    field,
  );
}

export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * Adds whole calendar months. The day of the month is kept, and clamped to the last day of
 * the target month when that month is shorter (31 Aug + 6 months → 28 Feb, or 29 Feb in a
 * leap year). A date that is already a month end does not "stick" to month ends:
 * 28 Feb + 6 months → 28 Aug, not 31 Aug.
 */
export function addCalendarMonths(value: string, months: number, field: string): string {
  const date = parseIsoDate(value, field);
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatIsoDate({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
}

/** Sign of a − b. Valid ISO dates order the same as strings, but both are validated first. */
export function compareIsoDates(a: string, b: string, fieldA: string, fieldB: string): -1 | 0 | 1 {
  const left = formatIsoDate(parseIsoDate(a, fieldA));
  const right = formatIsoDate(parseIsoDate(b, fieldB));
  return left < right ? -1 : left > right ? 1 : 0;
}
