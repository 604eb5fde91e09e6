import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarDay } from '../../libs/domain/src/calendar/day-off';
import { loadCalendarDays } from '../../libs/persistence/src/calendar/calendar-days';

/**
 * Calendar data for workflows: the Labour Code holidays (date-holidays) with the yearly overrides
 * an administrator keeps in PostgreSQL. Workflows build a WorkingCalendar from the result, so the
 * holiday package and the database stay out of workflow code.
 */
@Injectable()
export class CalendarActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async calendarDays({ years }: { years: number[] }): Promise<CalendarDay[]> {
    return loadCalendarDays(this.dataSource, years);
  }
}
