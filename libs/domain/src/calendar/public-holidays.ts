import Holidays from 'date-holidays';
import { DomainError } from '../errors/domain-error';
import { applyCalendarOverride } from './calendar-override';
import { CalendarDay, CalendarOverride, PublicHolidayId } from './day-off';
import { addDays, parsePlainDate } from './plain-date';
import { PUBLIC_HOLIDAY_NAMES } from './public-holiday-names';

/*
 * What date-holidays 3.37 gives for country VN (checked for 2024–2028; lunar dates follow the
 * Vietnamese calendar, UTC+7: Tết 1985 is 21/1 and Tết 2007 is 17/2, unlike the Chinese calendar):
 *   type 'public':
 *     01-01                              Tết Dương lịch                1 day
 *     1 day before vietnamese 1-0-1 P5D  "Giao thừa Tết Nguyên Đán"    5 days: lunar New Year's Eve + days 1–4
 *     vietnamese 1-0-1                   Tết Nguyên Đán                day 1 again (inside the span above)
 *     vietnamese 3-0-10                  Giỗ tổ Hùng Vương             1 day
 *     04-30, 05-01, 09-02                                              1 day each
 *   type 'observance': ~20 commemorations (3/2, 8/3, Trung thu, …), which are not days off and are ignored.
 * Gaps the yearly override must fill (see CalendarOverride, overrideGaps):
 *   - the Tết span is the package's guess; the Prime Minister places the five days each year
 *     (2025: 28 Chạp – mùng 3 = 27–31/1, not the package's 28/1–1/2) → `lunarNewYearDays`;
 *   - only 2/9 is given, not the second National Day holiday → `nationalDayAdjacentDay`;
 *   - no swaps, no compensatory days (Art. 111(3) is computed here), no 24/11 Culture Day.
 */

/** Package rules mapped to the Labour Code holiday they are. */
const PACKAGE_RULES: Readonly<Record<string, PublicHolidayId>> = {
  '01-01': 'new-year',
  '1 day before vietnamese 1-0-1 P5D': 'lunar-new-year',
  'vietnamese 1-0-1': 'lunar-new-year',
  'vietnamese 3-0-10': 'hung-kings',
  '04-30': 'reunification-day',
  '05-01': 'labour-day',
  '09-02': 'national-day',
};

const DAY_MS = 86_400_000;

let vietnam: Holidays | undefined;

/**
 * The Labour Code holidays (Art. 112) of `year` as the package computes them, one entry per day.
 * A public holiday the package knows but this map does not (a future package version adding one)
 * is kept under the package's own names rather than silently dropped.
 */
export function laborCodeHolidays(year: number): CalendarDay[] {
  if (!Number.isSafeInteger(year) || year < 1900 || year > 2199) {
    throw new DomainError('CALENDAR_YEAR_INVALID', { vi: `Năm không hợp lệ: ${String(year)} (1900–2199)`, en: `Invalid year: ${String(year)} (1900–2199)` }, 'year');
  }
  vietnam ??= new Holidays('VN', { languages: ['vi'] });
  const english = new Map(vietnam.getHolidays(year, 'en').map((h) => [h.rule, h.name]));
  const byDate = new Map<string, CalendarDay>();
  for (const h of vietnam.getHolidays(year, 'vi')) {
    if (h.type !== 'public') continue;
    const id = PACKAGE_RULES[h.rule];
    const reason = id ? PUBLIC_HOLIDAY_NAMES[id] : { vi: h.name, en: english.get(h.rule) ?? h.name };
    // `date` is the local (Asia/Ho_Chi_Minh) start day; start/end give the span length in whole days.
    const first = parsePlainDate(h.date.slice(0, 10));
    const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    for (let offset = 0; offset < length; offset++) {
      const date = addDays(first, offset);
      if (!byDate.has(date)) byDate.set(date, { date, kind: 'holiday', reason, ...(id ? { holiday: id } : {}) });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The `CalendarDay` list for `WorkingCalendar` covering `years`: package holidays with each year's
 * override layered on top (override wins; see `applyCalendarOverride`). Overrides for years not
 * listed are ignored; two overrides for one year are an error.
 */
export function buildCalendarDays(years: readonly number[], overrides: readonly CalendarOverride[] = []): CalendarDay[] {
  const byYear = new Map<number, CalendarOverride>();
  for (const override of overrides) {
    if (byYear.has(override.year)) {
      throw new DomainError('CALENDAR_OVERRIDE_INVALID', { vi: `Có hai bản ghi đè cho năm ${override.year}`, en: `Two overrides for ${override.year}` }, 'year');
    }
    byYear.set(override.year, override);
  }
  return [...new Set(years)].sort((a, b) => a - b).flatMap((year) => applyCalendarOverride(year, laborCodeHolidays(year), byYear.get(year)));
}
