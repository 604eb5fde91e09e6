import type { PlainDate } from '../calendar/plain-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { ReminderPolicy } from '../procedures/reminder-policy';

/** Who a reminder goes to: the one who must act, the acting unit's head, or the programme manager. */
export type ReminderAudience = 'assignee' | 'unit-head' | 'manager';
export type ReminderKind = 'before-due' | 'due-today' | 'escalate-unit-head' | 'escalate-manager' | 'overdue';

export interface ScheduledReminder {
  /** Stable within one due date: the deduplication key of the notification it becomes. */
  key: string;
  kind: ReminderKind;
  date: PlainDate;
  audience: ReminderAudience[];
}

/**
 * The reminders and escalations around a due date (calendar.md): N working days before it, on
 * the day, to the unit's head on the first overdue working day, to the manager some working
 * days later, then every few working days until someone acts. `overdueRepeats` bounds the
 * open-ended tail; callers ask again with a larger number when they reach its end.
 */
export function reminderSchedule(calendar: WorkingCalendar, dueDate: PlainDate, policy: ReminderPolicy, overdueRepeats = 10): ScheduledReminder[] {
  const reminders: ScheduledReminder[] = [];
  for (const days of [...policy.beforeDue].sort((a, b) => b - a)) {
    reminders.push({ key: `${dueDate}:before-${days}`, kind: 'before-due', date: calendar.workingDaysBefore(dueDate, days), audience: ['assignee'] });
  }
  if (policy.onDueDay) reminders.push({ key: `${dueDate}:due-today`, kind: 'due-today', date: dueDate, audience: ['assignee'] });

  const headDate = calendar.addWorkingDays(dueDate, policy.escalateToHeadAfter);
  reminders.push({ key: `${dueDate}:escalate-unit-head`, kind: 'escalate-unit-head', date: headDate, audience: ['assignee', 'unit-head'] });
  const managerDate = calendar.addWorkingDays(headDate, policy.escalateToManagerAfter);
  let repeat = headDate;
  for (let index = 1; index <= overdueRepeats; index += 1) {
    repeat = calendar.addWorkingDays(repeat, policy.repeatEvery);
    // The manager's escalation replaces the plain reminder that would fall on the same day.
    if (repeat !== managerDate) reminders.push({ key: `${dueDate}:overdue-${index}`, kind: 'overdue', date: repeat, audience: ['assignee'] });
  }
  reminders.push({ key: `${dueDate}:escalate-manager`, kind: 'escalate-manager', date: managerDate, audience: ['assignee', 'unit-head', 'manager'] });
  return reminders.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
