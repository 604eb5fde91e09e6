import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarOverride } from '../../libs/domain/src/calendar/day-off';
import type { CalendarDay } from '../../libs/domain/src/calendar/day-off';
import { buildCalendarDays } from '../../libs/domain/src/calendar/public-holidays';

/**
 * Calendar data for workflows: the Labour Code holidays (date-holidays) with the yearly overrides
 * an administrator keeps in PostgreSQL. Workflows build a WorkingCalendar from the result, so the
 * holiday package and the database stay out of workflow code.
 */
@Injectable()
export class CalendarActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async calendarDays({ years }: { years: number[] }): Promise<CalendarDay[]> {
    const rows = await this.dataSource.query<{ override: CalendarOverride }[]>(`SELECT override FROM calendar_overrides WHERE year = ANY($1::int[]) ORDER BY year`, [years]);
    return buildCalendarDays(years, rows.map((row) => row.override));
  }
}
