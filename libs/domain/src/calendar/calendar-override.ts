import { DomainError, LocalizedText } from '../errors/domain-error';
import { compensatoryDaysOff } from './compensatory-days';
import { CalendarDay, CalendarOverride, DatedReason } from './day-off';
import { PlainDate, formatVietnamese, isoWeekday, parsePlainDate, toEpochDay, yearOf } from './plain-date';
import { defaultNationalDayAdjacentDay } from './national-day-adjacent';
import { NATIONAL_DAY_ADJACENT_NAME, PUBLIC_HOLIDAY_NAMES } from './public-holiday-names';
import { isWeeklyRestDay, weekdayName } from './weekly-rest';

/** Labour Code 45/2019/QH14, in force 1/1/2021, added the second National Day holiday. */
const SECOND_NATIONAL_DAY_FROM = 2021;

/**
 * Lays one year's override on top of that year's computed Labour Code holidays and returns the
 * year's `CalendarDay` list in date order. Pure (no holiday package), so stored base holidays can
 * be re-layered anywhere. Precedence, lowest first:
 * 1. the computed holidays, with the Tết span replaced by `lunarNewYearDays` when given;
 * 2. the 2/9 adjacent day (the override's, else the customary one, from 2021) and the 24/11 Culture Day when set;
 * 3. compensatory days from Art. 111(3), unless the override lists its own;
 * 4. swaps, extra days off and listed compensatory days: the administrator's word wins.
 */
export function applyCalendarOverride(year: number, computedHolidays: readonly CalendarDay[], override?: CalendarOverride): CalendarDay[] {
  checkYear(year);
  if (override && override.year !== year) {
    throw overrideError(`Ghi đè năm ${String(override.year)} không áp dụng cho năm ${year}`, `Override for ${String(override.year)} does not apply to ${year}`, 'year');
  }
  const lunarNewYearDays = override?.lunarNewYearDays?.map((date, i) => checkInYear(date, year, `lunarNewYearDays[${i}]`));
  const holidays = computedHolidays.filter((day) => !(lunarNewYearDays && day.holiday === 'lunar-new-year'));
  for (const date of lunarNewYearDays ?? []) holidays.push(holiday(date, 'lunar-new-year'));
  if (override?.nationalDayAdjacentDay !== undefined) {
    const date = checkInYear(override.nationalDayAdjacentDay, year, 'nationalDayAdjacentDay');
    if (date !== `${year}-09-01` && date !== `${year}-09-03`) {
      throw overrideError(`Ngày nghỉ liền kề Quốc khánh phải là 01/09 hoặc 03/09/${year}`, `The day adjacent to National Day must be ${year}-09-01 or ${year}-09-03`, 'nationalDayAdjacentDay');
    }
    holidays.push({ date, kind: 'holiday', reason: NATIONAL_DAY_ADJACENT_NAME, holiday: 'national-day' });
  } else if (year >= SECOND_NATIONAL_DAY_FROM) {
    // Not chosen yet: the Labour Code still gives two days, so count the customary one (see the table).
    holidays.push({ date: defaultNationalDayAdjacentDay(year), kind: 'holiday', reason: NATIONAL_DAY_ADJACENT_NAME, holiday: 'national-day' });
  }
  if (override?.cultureDay) holidays.push(holiday(`${year}-11-24`, 'culture-day'));

  const decided = [...(override?.swaps ?? []).flatMap((swap, i) => swapDays(swap.dayOff, swap.workedOn, `swaps[${i}]`)), ...(override?.extraDaysOff ?? []).map((day, i) => datedDay(day, 'extra-day-off', `extraDaysOff[${i}]`))];
  const listedCompensatory = override?.compensatoryDaysOff?.map((day, i) => datedDay(day, 'compensatory-day-off', `compensatoryDaysOff[${i}]`));
  const computedCompensatory = listedCompensatory ? [] : compensatoryDaysOff(holidays, decided);

  const byDate = new Map<number, CalendarDay>();
  for (const day of [...holidays, ...computedCompensatory, ...decided, ...(listedCompensatory ?? [])]) {
    byDate.set(toEpochDay(day.date), day);
  }
  return [...byDate.entries()].sort(([a], [b]) => a - b).map(([, day]) => day);
}

/** What a year still needs from an administrator because the holiday package cannot know it. */
export interface OverrideGap {
  code: 'lunar-new-year-placement' | 'national-day-adjacent-day';
  text: LocalizedText;
}

export function overrideGaps(year: number, override?: CalendarOverride): OverrideGap[] {
  const gaps: OverrideGap[] = [];
  if (!override?.lunarNewYearDays?.length) {
    gaps.push({
      code: 'lunar-new-year-placement',
      text: {
        vi: `Chưa có lịch nghỉ Tết Nguyên đán ${year} được công bố: 5 ngày nghỉ do Thủ tướng quyết định chưa được nhập; đang dùng tạm từ ngày cuối năm âm lịch đến mùng 4.`,
        en: `No published Tết schedule for ${year}: the five Tết days the Prime Minister sets are not entered; using lunar New Year's Eve to day 4 for now.`,
      },
    });
  }
  if (!override?.nationalDayAdjacentDay && year >= SECOND_NATIONAL_DAY_FROM) {
    const customary = defaultNationalDayAdjacentDay(year);
    gaps.push({
      code: 'national-day-adjacent-day',
      text: {
        vi: `Chưa có lịch công bố ngày nghỉ liền kề Quốc khánh ${year} (01/09 hoặc 03/09); đang dùng tạm ngày ${formatVietnamese(customary)} theo thông lệ.`,
        en: `The day adjacent to National Day ${year} (1 or 3 September) is not published; using the customary ${customary} for now.`,
      },
    });
  }
  return gaps;
}

function holiday(date: PlainDate, id: 'lunar-new-year' | 'culture-day'): CalendarDay {
  return { date, kind: 'holiday', reason: PUBLIC_HOLIDAY_NAMES[id], holiday: id };
}

/** "Hoán đổi ngày làm việc": the weekday becomes a day off, the weekend day a working day. */
function swapDays(dayOffValue: PlainDate, workedOnValue: PlainDate, field: string): CalendarDay[] {
  const dayOff = parsePlainDate(dayOffValue, `${field}.dayOff`);
  const workedOn = parsePlainDate(workedOnValue, `${field}.workedOn`);
  const dayOffWeekday = isoWeekday(dayOff);
  const workedOnWeekday = isoWeekday(workedOn);
  if (isWeeklyRestDay(dayOffWeekday) || !isWeeklyRestDay(workedOnWeekday)) {
    throw overrideError(
      `Hoán đổi không hợp lệ: ngày nghỉ ${formatVietnamese(dayOff)} phải là ngày làm việc trong tuần và ngày làm bù ${formatVietnamese(workedOn)} phải là thứ Bảy hoặc Chủ nhật`,
      `Invalid swap: day off ${dayOff} must be a weekday and make-up day ${workedOn} a Saturday or Sunday`,
      field,
    );
  }
  const dayOffName = weekdayName(dayOffWeekday);
  const workedOnName = weekdayName(workedOnWeekday);
  return [
    {
      date: dayOff,
      kind: 'extra-day-off',
      reason: { vi: `Nghỉ hoán đổi, làm bù ${workedOnName.vi} ${formatVietnamese(workedOn)}`, en: `Swapped day off, made up on ${workedOnName.en} ${workedOn}` },
    },
    {
      date: workedOn,
      kind: workedOnWeekday === 6 ? 'working-saturday' : 'working-day',
      reason: { vi: `Làm bù cho ngày nghỉ ${dayOffName.vi} ${formatVietnamese(dayOff)}`, en: `Working day in exchange for ${dayOffName.en} ${dayOff}` },
    },
  ];
}

function datedDay(day: DatedReason, kind: 'extra-day-off' | 'compensatory-day-off', field: string): CalendarDay {
  const date = parsePlainDate(day?.date, `${field}.date`);
  if (!day.reason?.vi || !day.reason?.en) {
    throw overrideError(`Ngày ${formatVietnamese(date)} thiếu lý do (tiếng Việt và tiếng Anh)`, `Day ${date} has no reason (Vietnamese and English)`, `${field}.reason`);
  }
  return { date, kind, reason: { vi: day.reason.vi, en: day.reason.en } };
}

function checkInYear(value: PlainDate, year: number, field: string): PlainDate {
  const date = parsePlainDate(value, field);
  if (yearOf(date) !== year) throw overrideError(`Ngày ${formatVietnamese(date)} không thuộc năm ${year}`, `Date ${date} is not in ${year}`, field);
  return date;
}

function checkYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw overrideError(`Năm không hợp lệ: ${String(year)}`, `Invalid year: ${String(year)}`, 'year');
}

function overrideError(vi: string, en: string, field: string): DomainError {
  return new DomainError('CALENDAR_OVERRIDE_INVALID', { vi, en }, field);
}
