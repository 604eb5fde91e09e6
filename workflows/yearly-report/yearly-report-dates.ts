import type { PlainDate } from '../../libs/domain/src/calendar/plain-date';
import type { WorkingCalendar } from '../../libs/domain/src/calendar/working-calendar';
import { vietnamInstant } from '../../libs/domain/src/deadlines/vietnam-time';
import type { YearlyDeadlineReading } from '../../libs/domain/src/deadlines/yearly-deadline-reading';
import type { CycleStepKey } from './messages';

/** Reminders and the escalation go out at 08:00 Vietnam time, the start of the office day. */
export const YEARLY_REPORT_HOUR = 8;

export interface CycleStep {
  key: CycleStepKey;
  kind: 'reminder' | 'escalation';
  date: PlainDate;
  /** Epoch milliseconds of 08:00 Vietnam time on `date`. */
  at: number;
}

export interface YearlyReportDates {
  /** The last day to report: 30 November; with 'next-working-day', the next working day when it is a day off. */
  dueDate: PlainDate;
  /** Reminders, then the escalation, in date order. */
  steps: CycleStep[];
}

/**
 * The dates of one year's cycle (calendar.md "Yearly"): reminders on 1 and 20 November, on those
 * calendar days even at a weekend (a reminder waits in the inbox and asks nobody to act that
 * day); reports are due by the end of 30 November (see `reading`; the default parameter keeps
 * the behaviour cycles started before the reading existed were built on); the escalation goes out on the first working
 * day after the due date: 1 December in most years, later when 30 November or 1 December is a
 * day off (an escalation asks managers to act, and the deadline itself moves past days off).
 */
/** `reading`: see libs/domain/src/deadlines/yearly-deadline-reading.ts (both readings, and why 'on-the-date' is the default). */
export function yearlyReportDates(year: number, calendar: WorkingCalendar, reading: YearlyDeadlineReading = 'next-working-day'): YearlyReportDates {
  const nominalDue = `${year}-11-30`;
  const dueDate = reading === 'on-the-date' || calendar.isWorkingDay(nominalDue) ? nominalDue : calendar.nextWorkingDay(nominalDue);
  const step = (key: CycleStepKey, kind: CycleStep['kind'], date: PlainDate): CycleStep => ({ key, kind, date, at: vietnamInstant(date, YEARLY_REPORT_HOUR) });
  return {
    dueDate,
    steps: [step('reminder-11-01', 'reminder', `${year}-11-01`), step('reminder-11-20', 'reminder', `${year}-11-20`), step('escalation-12-01', 'escalation', calendar.nextWorkingDay(dueDate))],
  };
}

/**
 * The steps still to take for a cycle started at `now`: those not yet due, plus the latest one
 * already due, so a cycle started late (a first deployment in November) still tells departments
 * once instead of replaying every missed reminder.
 */
export function stepsFrom(steps: readonly CycleStep[], now: number): CycleStep[] {
  const passed = steps.filter((step) => step.at <= now).length;
  return steps.slice(Math.max(0, passed - 1));
}
