import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DAY_KINDS, CalendarDay, CalendarDayKind, DAY_OFF_KINDS, PublicHolidayId } from '../../../../libs/domain/src/calendar/day-off';
import type { Language } from '../problem/language';
import { PUBLIC_HOLIDAY_IDS } from './skipped-day.view';

/** A day that differs from the plain Monday–Friday week. */
export class CalendarDayView {
  @ApiProperty({ format: 'date', example: '2026-02-16' }) date!: string;

  @ApiProperty({ enum: CALENDAR_DAY_KINDS, description: 'holiday, compensatory-day-off, extra-day-off: nghỉ · off; working-saturday, working-day: làm bù · worked' })
  kind!: CalendarDayKind;

  @ApiProperty({ description: 'true: ngày nghỉ · a day off; false: ngày cuối tuần đi làm · a weekend day worked' })
  dayOff!: boolean;

  @ApiPropertyOptional({ enum: PUBLIC_HOLIDAY_IDS, description: 'Ngày lễ nào (hoặc được nghỉ bù cho ngày lễ nào) · which public holiday this is, or is given back for' })
  holiday?: PublicHolidayId;

  @ApiProperty({ example: 'Tết Nguyên đán', description: 'Theo Accept-Language · in the language of Accept-Language' })
  reason!: string;

  static of(day: CalendarDay, language: Language): CalendarDayView {
    return Object.assign(new CalendarDayView(), {
      date: day.date,
      kind: day.kind,
      dayOff: DAY_OFF_KINDS.includes(day.kind),
      ...(day.holiday ? { holiday: day.holiday } : {}),
      reason: day.reason[language],
    });
  }
}
