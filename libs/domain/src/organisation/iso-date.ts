import { DomainError } from '../errors/domain-error';

/**
 * A calendar date as an ISO `YYYY-MM-DD` string: it survives JSON and the database unchanged,
 * no time zone can shift it, and strings of this one shape sort chronologically.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Rejects anything but a real `YYYY-MM-DD` date (no 2025-02-29); returns it unchanged. */
export function assertIsoDate(value: unknown, field: string): IsoDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return value as IsoDate;
    }
  }
  throw new DomainError(
    'DATE_INVALID',
    { vi: `Ngày không hợp lệ, cần dạng YYYY-MM-DD (${field}: ${String(value)})`, en: `Invalid date, expected YYYY-MM-DD (${field}: ${String(value)})` },
    field,
  );
}

/** The calendar day after `date`, by plain arithmetic (no Date object, no time zone). */
export function nextDay(date: IsoDate): IsoDate {
  assertIsoDate(date, 'date');
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  let day = Number(date.slice(8, 10)) + 1;
  if (day > daysInMonth(year, month)) {
    day = 1;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
