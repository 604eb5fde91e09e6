import { addDays, type PlainDate } from '../calendar/plain-date';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The date in Vietnam (UTC+7, no daylight saving) at an instant given in epoch milliseconds. */
export function vietnamDateAt(epochMs: number): PlainDate {
  const shifted = new Date(epochMs + VIETNAM_OFFSET_MS);
  return shifted.toISOString().slice(0, 10);
}

/** Epoch milliseconds of a wall-clock hour in Vietnam on a date (e.g. 8:00 for reminders). */
export function vietnamInstant(date: PlainDate, hour = 0): number {
  return Date.parse(`${date}T00:00:00.000Z`) - VIETNAM_OFFSET_MS + hour * 60 * 60 * 1000;
}

/** A deadline ends at 24:00 Vietnam time of its last day (Civil Code Art. 148). */
export function endOfVietnamDay(date: PlainDate): number {
  return vietnamInstant(addDays(date, 1));
}

