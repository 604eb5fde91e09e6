import { LocalizedText } from '../errors/domain-error';
import { IsoWeekday } from './plain-date';

/** State bodies rest on Saturday and Sunday (40-hour week); the weekday names double as skip reasons. */
const WEEKLY_REST_DAYS: ReadonlyMap<IsoWeekday, LocalizedText> = new Map<IsoWeekday, LocalizedText>([
  [6, { vi: 'Thứ Bảy', en: 'Saturday' }],
  [7, { vi: 'Chủ nhật', en: 'Sunday' }],
]);

export function isWeeklyRestDay(weekday: IsoWeekday): boolean {
  return WEEKLY_REST_DAYS.has(weekday);
}

/** The weekday's name when it is a weekly rest day, otherwise undefined. */
export function weeklyRestReason(weekday: IsoWeekday): LocalizedText | undefined {
  return WEEKLY_REST_DAYS.get(weekday);
}

const WEEKDAY_NAMES: Record<IsoWeekday, LocalizedText> = {
  1: { vi: 'thứ Hai', en: 'Monday' },
  2: { vi: 'thứ Ba', en: 'Tuesday' },
  3: { vi: 'thứ Tư', en: 'Wednesday' },
  4: { vi: 'thứ Năm', en: 'Thursday' },
  5: { vi: 'thứ Sáu', en: 'Friday' },
  6: { vi: 'thứ Bảy', en: 'Saturday' },
  7: { vi: 'Chủ nhật', en: 'Sunday' },
};

/** Lower-case Vietnamese weekday name for use inside a sentence ("nghỉ bù … trùng Chủ nhật"). */
export function weekdayName(weekday: IsoWeekday): LocalizedText {
  return WEEKDAY_NAMES[weekday];
}
