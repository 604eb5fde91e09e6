import type { CalendarOverride, DatedReason } from '../../../../../libs/domain/src/calendar/day-off';
import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import type { CalendarOverrideDto, DatedReasonDto } from '../calendar-override.dto';

/** Labour Code Art. 112(1)(b): Tết is five days. */
export const LUNAR_NEW_YEAR_DAY_COUNT = 5;

/**
 * The body as the plain CalendarOverride that is stored (no DTO instances, no absent fields), with
 * the checks the domain leaves to its callers. `year` defaults to the path's year; a different one
 * is left for applyCalendarOverride to reject.
 */
export function toCalendarOverride(year: number, dto: CalendarOverrideDto): CalendarOverride {
  if (dto.lunarNewYearDays !== undefined) checkLunarNewYearDays(dto.lunarNewYearDays);
  const override: CalendarOverride = { year: dto.year ?? year };
  if (dto.source !== undefined) override.source = dto.source.trim();
  if (dto.lunarNewYearDays !== undefined) override.lunarNewYearDays = [...dto.lunarNewYearDays].sort();
  if (dto.nationalDayAdjacentDay !== undefined) override.nationalDayAdjacentDay = dto.nationalDayAdjacentDay;
  if (dto.cultureDay !== undefined) override.cultureDay = dto.cultureDay;
  if (dto.swaps !== undefined) override.swaps = dto.swaps.map(({ dayOff, workedOn }) => ({ dayOff, workedOn }));
  if (dto.extraDaysOff !== undefined) override.extraDaysOff = dto.extraDaysOff.map(datedReason);
  if (dto.compensatoryDaysOff !== undefined) override.compensatoryDaysOff = dto.compensatoryDaysOff.map(datedReason);
  return override;
}

function datedReason(day: DatedReasonDto): DatedReason {
  return { date: day.date, reason: { vi: day.reason.vi.trim(), en: day.reason.en.trim() } };
}

/** An empty list would drop Tết altogether (applyCalendarOverride replaces the computed span with it). */
function checkLunarNewYearDays(days: readonly string[]): void {
  if (new Set(days).size === LUNAR_NEW_YEAR_DAY_COUNT && days.length === LUNAR_NEW_YEAR_DAY_COUNT) return;
  throw new DomainError(
    'CALENDAR_OVERRIDE_INVALID',
    {
      vi: `Tết Nguyên đán phải có đúng ${LUNAR_NEW_YEAR_DAY_COUNT} ngày nghỉ khác nhau (Bộ luật Lao động, Điều 112); đã gửi ${days.length} ngày`,
      en: `Tết must have exactly ${LUNAR_NEW_YEAR_DAY_COUNT} distinct days off (Labour Code Art. 112); ${days.length} sent`,
    },
    'lunarNewYearDays',
  );
}
