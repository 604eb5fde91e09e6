import { PlainDate, yearOf } from '../../../../libs/domain/src/calendar/plain-date';
import { ProblemException } from '../problem/problem';

/** The years the holiday package computes (see laborCodeHolidays). */
export const FIRST_CALENDAR_YEAR = 1900;
export const LAST_CALENDAR_YEAR = 2199;

/** A 400 naming `field` when `date` lies outside the years the calendar knows. */
export function assertCalendarYear(date: PlainDate, field: string): void {
  const year = yearOf(date);
  if (year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR) return;
  const range = `${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}`;
  throw new ProblemException(
    400,
    'validation',
    { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    { vi: `Lịch làm việc chỉ tính được các năm ${range}: ${field} = ${date}`, en: `The working calendar covers the years ${range} only: ${field} = ${date}` },
    [{ field, message: { vi: `${field} phải thuộc các năm ${range}`, en: `${field} must be in the years ${range}` } }],
  );
}
