/**
 * When to remind and escalate around a step's due date (calendar.md, product defaults), counted
 * in working days:
 * - `beforeDue`: reminders this many working days before the due date, to whoever must act;
 * - `onDueDay`: a last reminder on the due date;
 * - `escalateToHeadAfter`: escalate to the acting unit's head this many working days after the
 *   due date (1 = the first overdue working day);
 * - `escalateToManagerAfter`: escalate to the programme manager this many working days after the
 *   head was alerted ("after 5 more NLV");
 * - `repeatEvery`: keep reminding every so many working days until someone acts.
 */
export interface ReminderPolicy {
  readonly unit: 'working';
  readonly beforeDue: readonly number[];
  readonly onDueDay: boolean;
  readonly escalateToHeadAfter: number;
  readonly escalateToManagerAfter: number;
  readonly repeatEvery: number;
}

export const DEFAULT_REMINDERS: ReminderPolicy = {
  unit: 'working',
  beforeDue: [3, 1],
  onDueDay: true,
  escalateToHeadAfter: 1,
  escalateToManagerAfter: 5,
  repeatEvery: 2,
};
