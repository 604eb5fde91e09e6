import { isoWeekday, parsePlainDate, type PlainDate } from '../../../domain/src/calendar/plain-date';
import type { LocalizedText } from '../../../domain/src/errors/domain-error';
import { vietnamDateAt } from '../../../domain/src/deadlines/vietnam-time';

const WEEKDAYS_VI = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 'Thứ Hai, 24/11/2025' · 'Monday, 24 November 2025'. */
export function formatDate(date: PlainDate): LocalizedText {
  parsePlainDate(date);
  const weekday = isoWeekday(date) - 1;
  const [year, month, day] = [date.slice(0, 4), Number(date.slice(5, 7)), date.slice(8, 10)];
  return {
    vi: `${WEEKDAYS_VI[weekday]}, ${day}/${date.slice(5, 7)}/${year}`,
    en: `${WEEKDAYS_EN[weekday]}, ${Number(day)} ${MONTHS_EN[month - 1]} ${year}`,
  };
}

/**
 * The last day of a time limit ending at `dueAt`. A limit ends at 24:00 Vietnam time (Civil Code
 * Art. 148), which is 00:00 of the next day: the instant just before it names the right day.
 */
export function lastDayOf(dueAt: string): PlainDate {
  const epochMs = Date.parse(dueAt);
  if (Number.isNaN(epochMs)) throw new Error(`Not an ISO instant: "${dueAt}"`);
  return vietnamDateAt(epochMs - 1);
}

/** The due date of a deadline instant, as people read it: 'Thứ Hai, 24/11/2025'. */
export function formatDueDate(dueAt: string): LocalizedText {
  return formatDate(lastDayOf(dueAt));
}
