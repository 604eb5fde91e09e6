import { type PlainDate } from '../calendar/plain-date';
import { addCalendarMonths } from '../councils/iso-date';

/**
 * When Sở KH&CN inspects a task under contract (process.md §A step 8, "yearly inspection"):
 * every `everyMonths` after the effective date while the contract runs. A contract too short for
 * that is inspected once, halfway through, so every task is inspected at least once
 * [?: Vietnamese practice; the interval is configurable in the procedure's implementation rules].
 */
export function yearlyInspectionDates(effectiveDate: PlainDate, durationMonths: number, everyMonths = 12): PlainDate[] {
  const endDate = addCalendarMonths(effectiveDate, durationMonths, 'effectiveDate');
  const dates: PlainDate[] = [];
  for (let months = everyMonths; months < durationMonths; months += everyMonths) dates.push(addCalendarMonths(effectiveDate, months, 'effectiveDate'));
  if (dates.length === 0 && durationMonths >= 2) dates.push(addCalendarMonths(effectiveDate, Math.floor(durationMonths / 2), 'effectiveDate'));
  return dates.filter((date) => date < endDate);
}
