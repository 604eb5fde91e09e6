import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CalendarDay, PublicHolidayId } from '../../../../libs/domain/src/calendar/day-off';
import type { SkippedDay } from '../../../../libs/domain/src/calendar/working-calendar';
import type { WorkingCalendar } from '../../../../libs/domain/src/calendar/working-calendar';
import type { Language } from '../problem/language';

/** Why a day is not a working day: a weekly rest day, or the calendar entry that makes it one. */
export type NonWorkingKind = 'weekly-rest' | 'holiday' | 'compensatory-day-off' | 'extra-day-off';

export const NON_WORKING_KINDS: readonly NonWorkingKind[] = ['weekly-rest', 'holiday', 'compensatory-day-off', 'extra-day-off'];

export const PUBLIC_HOLIDAY_IDS: readonly PublicHolidayId[] = ['new-year', 'lunar-new-year', 'hung-kings', 'reunification-day', 'labour-day', 'national-day', 'culture-day'];

/** A day a count passed over. */
export class SkippedDayView {
  @ApiProperty({ format: 'date', example: '2026-02-16' })
  date!: string;

  @ApiProperty({ enum: NON_WORKING_KINDS, description: 'weekly-rest: thứ Bảy/Chủ nhật · Saturday/Sunday' })
  kind!: NonWorkingKind;

  @ApiPropertyOptional({ enum: PUBLIC_HOLIDAY_IDS, description: 'Ngày lễ nào (hoặc được nghỉ bù cho ngày lễ nào) · which public holiday this is, or is given back for' })
  holiday?: PublicHolidayId;

  @ApiProperty({ example: 'Tết Nguyên đán', description: 'Lý do, theo ngôn ngữ của Accept-Language (mặc định tiếng Việt) · reason in the language of Accept-Language (Vietnamese by default)' })
  reason!: string;

  static of(day: SkippedDay, calendar: WorkingCalendar, language: Language): SkippedDayView {
    const entry: CalendarDay | undefined = calendar.entryFor(day.date);
    return Object.assign(new SkippedDayView(), {
      date: day.date,
      kind: entry ? (entry.kind as NonWorkingKind) : 'weekly-rest',
      ...(entry?.holiday ? { holiday: entry.holiday } : {}),
      reason: day.reason[language],
    });
  }
}
