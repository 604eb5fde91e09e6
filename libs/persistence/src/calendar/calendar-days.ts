import type { CalendarDay, CalendarOverride } from '../../../domain/src/calendar/day-off';
import { buildCalendarDays } from '../../../domain/src/calendar/public-holidays';
import { WorkingCalendar } from '../../../domain/src/calendar/working-calendar';

/** A DataSource or a transaction's EntityManager: anything that runs SQL. */
export interface SqlRunner {
  query<T = unknown>(query: string, parameters?: unknown[]): Promise<T>;
}

/**
 * The calendar entries of `years`: the Labour Code holidays (date-holidays) with the yearly
 * overrides an administrator keeps in `calendar_overrides` layered on top. One function for the
 * workflows' activity and the API, so both count deadlines on the same days.
 */
export async function loadCalendarDays(db: SqlRunner, years: readonly number[]): Promise<CalendarDay[]> {
  const rows = await db.query<{ override: CalendarOverride }[]>(`SELECT override FROM calendar_overrides WHERE year = ANY($1::int[]) ORDER BY year`, [[...years]]);
  return buildCalendarDays(years, rows.map((row) => row.override));
}

/** A WorkingCalendar that knows the holidays and overrides of every year from `firstYear` to `lastYear`. */
export async function loadWorkingCalendar(db: SqlRunner, firstYear: number, lastYear: number = firstYear): Promise<WorkingCalendar> {
  return new WorkingCalendar(await loadCalendarDays(db, yearsFrom(firstYear, lastYear)));
}

/** Every year from `first` to `last`, both included, whichever order they come in. */
export function yearsFrom(first: number, last: number): number[] {
  const low = Math.min(first, last);
  return Array.from({ length: Math.abs(last - first) + 1 }, (_, index) => low + index);
}
