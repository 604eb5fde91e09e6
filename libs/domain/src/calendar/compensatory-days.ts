import { CalendarDay, DAY_OFF_KINDS } from './day-off';
import { formatVietnamese, fromEpochDay, toEpochDay, weekdayOfEpochDay } from './plain-date';
import { isWeeklyRestDay, weekdayName } from './weekly-rest';

/**
 * Labour Code Art. 111(3): a weekly rest day that falls on a holiday is given back on the next
 * working day. For each holiday on a Saturday or Sunday this returns one compensatory day off on
 * the first day after it that is still a working day once the holidays, `otherDays` (swaps, extra
 * days off) and the compensatory days already given are taken into account. Holidays are handled in
 * date order, so two holidays on one weekend give back Monday and Tuesday.
 */
export function compensatoryDaysOff(holidays: readonly CalendarDay[], otherDays: readonly CalendarDay[] = []): CalendarDay[] {
  const decided = new Map<number, CalendarDay>();
  for (const day of [...otherDays, ...holidays]) decided.set(toEpochDay(day.date), day);
  const isWorking = (epochDay: number): boolean => {
    const entry = decided.get(epochDay);
    return entry ? !DAY_OFF_KINDS.includes(entry.kind) : !isWeeklyRestDay(weekdayOfEpochDay(epochDay));
  };

  const given: CalendarDay[] = [];
  const onRestDays = holidays
    .filter((day) => day.kind === 'holiday')
    .map((day) => ({ day, epochDay: toEpochDay(day.date) }))
    .filter(({ epochDay }) => isWeeklyRestDay(weekdayOfEpochDay(epochDay)))
    .sort((a, b) => a.epochDay - b.epochDay);
  for (const { day, epochDay } of onRestDays) {
    let target = epochDay + 1;
    while (!isWorking(target)) target++;
    const weekday = weekdayName(weekdayOfEpochDay(epochDay));
    const compensatory: CalendarDay = {
      date: fromEpochDay(target),
      kind: 'compensatory-day-off',
      reason: {
        vi: `Nghỉ bù ${day.reason.vi} (trùng ${weekday.vi} ${formatVietnamese(day.date)})`,
        en: `Day off in lieu of ${day.reason.en} (fell on ${weekday.en} ${day.date})`,
      },
      ...(day.holiday ? { holiday: day.holiday } : {}),
    };
    decided.set(target, compensatory);
    given.push(compensatory);
  }
  return given;
}
