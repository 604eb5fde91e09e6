import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, PlainDate, yearOf } from '../../../../libs/domain/src/calendar/plain-date';
import { DeadlineUnit, DueDate, WorkingCalendar } from '../../../../libs/domain/src/calendar/working-calendar';
import { loadWorkingCalendar } from '../../../../libs/persistence/src/calendar/calendar-days';

/**
 * The working calendar the workflows count on (holidays + the administrator's overrides), read
 * fresh from PostgreSQL on every call, so an override saved a moment ago already counts.
 */
@Injectable()
export class WorkingCalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forYears(firstYear: number, lastYear: number = firstYear): Promise<WorkingCalendar> {
    return loadWorkingCalendar(this.dataSource, firstYear, lastYear);
  }

  /**
   * `WorkingCalendar.dueDate` on a calendar covering every year the count passes through. Which
   * years that is depends on the holidays, so start with a guess and widen it until the due date
   * falls inside the loaded years (counting only moves forward, so every day passed was known).
   * The calendar comes back too, so callers can say what each skipped day is.
   */
  async dueDate(from: PlainDate, amount: number, unit: DeadlineUnit): Promise<{ due: DueDate; calendar: WorkingCalendar }> {
    const firstYear = yearOf(from);
    // Five working days take at most seven calendar days, plus the holidays of a year.
    let lastYear = yearOf(addDays(from, unit === 'working' ? Math.ceil((amount * 7) / 5) + 30 : amount + 14));
    for (;;) {
      const calendar = await this.forYears(firstYear, lastYear);
      const due = calendar.dueDate(from, amount, unit);
      if (yearOf(due.dueDate) <= lastYear) return { due, calendar };
      lastYear = yearOf(due.dueDate);
    }
  }

  /** Working days `d` with `from < d <= to` (negative when `to` is before `from`). */
  async workingDaysBetween(from: PlainDate, to: PlainDate): Promise<number> {
    return (await this.forYears(yearOf(from), yearOf(to))).workingDaysBetween(from, to);
  }
}
