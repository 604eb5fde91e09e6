import { DomainError } from '../errors/domain-error';

/**
 * A calendar date without time or zone, as an ISO `YYYY-MM-DD` string.
 * A string (not a Date) so it survives JSON, Temporal payloads and the database unchanged,
 * and so no local time zone can shift it by a day.
 */
export type PlainDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const PLAIN_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Checks the shape and that the day exists (no 2025-02-29); returns the date unchanged. */
export function parsePlainDate(value: unknown, field = 'date'): PlainDate {
  if (typeof value === 'string') {
    const match = PLAIN_DATE_PATTERN.exec(value);
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        return value;
      }
    }
  }
  throw invalidDate(value, field);
}

export function isPlainDate(value: unknown): value is PlainDate {
  try {
    parsePlainDate(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Days since 1970-01-01. Pure integer arithmetic (H. Hinnant's days_from_civil), so no Date
 * object and no time zone is involved: safe in Temporal workflow code.
 */
export function toEpochDay(date: PlainDate, field = 'date'): number {
  parsePlainDate(date, field);
  return epochDayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Inverse of `toEpochDay` (civil_from_days). */
export function fromEpochDay(epochDay: number): PlainDate {
  if (!Number.isSafeInteger(epochDay)) throw invalidDate(epochDay, 'date');
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < MIN_YEAR || year > MAX_YEAR) throw invalidDate(epochDay, 'date');
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  if (!Number.isSafeInteger(days)) {
    throw new DomainError('CALENDAR_AMOUNT_INVALID', { vi: `Số ngày phải là số nguyên: ${String(days)}`, en: `Number of days must be an integer: ${String(days)}` }, 'amount');
  }
  return fromEpochDay(toEpochDay(date) + days);
}

/** Signed number of calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function isoWeekday(date: PlainDate): IsoWeekday {
  return weekdayOfEpochDay(toEpochDay(date));
}

/** 1970-01-01 was a Thursday (ISO 4). */
export function weekdayOfEpochDay(epochDay: number): IsoWeekday {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** ISO strings of one fixed length sort chronologically, so plain string comparison is enough. */
export function comparePlainDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  parsePlainDate(a);
  parsePlainDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearOf(date: PlainDate): number {
  return Number(parsePlainDate(date).slice(0, 4));
}

/** `dd/mm/yyyy`, the way dates are written in Vietnamese texts. */
export function formatVietnamese(date: PlainDate): string {
  parsePlainDate(date);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function invalidDate(value: unknown, field: string): DomainError {
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  return new DomainError(
    'CALENDAR_DATE_INVALID',
    { vi: `Ngày không hợp lệ: ${shown} (cần dạng YYYY-MM-DD, năm ${MIN_YEAR}–${MAX_YEAR})`, en: `Invalid date: ${shown} (expected YYYY-MM-DD, year ${MIN_YEAR}–${MAX_YEAR})` },
    field,
  );
}
