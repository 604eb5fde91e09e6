import { Injectable } from '@nestjs/common';
import { yearOf } from '../../libs/domain/src/calendar/plain-date';
import { WorkingCalendar } from '../../libs/domain/src/calendar/working-calendar';
import { CalendarActivities } from '../calendar/calendar.activities';

/** Working days between two dates, on the calendar the workflows use (holidays and overrides). */
@Injectable()
export class WorkingDayCounter {
  constructor(private readonly calendar: CalendarActivities) {}

  async between(from: string, to: string): Promise<number> {
    const first = Math.min(yearOf(from), yearOf(to));
    const last = Math.max(yearOf(from), yearOf(to));
    const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
    return new WorkingCalendar(await this.calendar.calendarDays({ years })).workingDaysBetween(from, to);
  }
}
