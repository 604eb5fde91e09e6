import { OFFICIAL_SCHEDULES } from '../calendar/official-schedules';
import { buildCalendarDays } from '../calendar/public-holidays';
import { WorkingCalendar } from '../calendar/working-calendar';
import { DEFAULT_REMINDERS } from '../procedures/reminder-policy';
import { reminderSchedule } from './reminder-schedule';
import { endOfVietnamDay, vietnamDateAt, vietnamInstant } from './vietnam-time';

const calendar2026 = new WorkingCalendar(buildCalendarDays([2026], OFFICIAL_SCHEDULES));

describe('reminderSchedule', () => {
  it('places reminders and escalations around a 10-working-day step started the week before Tết 2026', () => {
    const { dueDate } = calendar2026.dueDate('2026-02-10', 10, 'working');
    expect(dueDate).toBe('2026-03-03');
    const schedule = reminderSchedule(calendar2026, dueDate, DEFAULT_REMINDERS, 3);
    expect(schedule.map(({ kind, date }) => `${date} ${kind}`)).toEqual([
      '2026-02-26 before-due',
      '2026-03-02 before-due',
      '2026-03-03 due-today',
      '2026-03-04 escalate-unit-head',
      '2026-03-06 overdue',
      '2026-03-10 overdue',
      '2026-03-11 escalate-manager',
      '2026-03-12 overdue',
    ]);
    expect(schedule.find((r) => r.kind === 'escalate-manager')?.audience).toEqual(['assignee', 'unit-head', 'manager']);
  });

  it('never schedules on a day off, and keys are unique', () => {
    for (const start of ['2026-01-30', '2026-02-12', '2026-04-24', '2026-08-27', '2026-12-28']) {
      const { dueDate } = calendar2026.dueDate(start, 5, 'working');
      const schedule = reminderSchedule(calendar2026, dueDate, DEFAULT_REMINDERS, 6);
      for (const reminder of schedule) expect(calendar2026.isWorkingDay(reminder.date)).toBe(true);
      expect(new Set(schedule.map((r) => r.key)).size).toBe(schedule.length);
    }
  });

  it('follows the policy: no due-day reminder when switched off, other lead times', () => {
    const schedule = reminderSchedule(calendar2026, '2026-03-03', { ...DEFAULT_REMINDERS, beforeDue: [5], onDueDay: false, escalateToManagerAfter: 3, repeatEvery: 1 }, 2);
    expect(schedule.map(({ kind, date }) => `${date} ${kind}`)).toEqual([
      '2026-02-24 before-due',
      '2026-03-04 escalate-unit-head',
      '2026-03-05 overdue',
      '2026-03-06 overdue',
      '2026-03-09 escalate-manager',
    ]);
  });
});

describe('Vietnam time', () => {
  it('converts between instants and Vietnamese dates at UTC+7', () => {
    expect(vietnamDateAt(Date.parse('2026-02-09T16:59:59Z'))).toBe('2026-02-09');
    expect(vietnamDateAt(Date.parse('2026-02-09T17:00:00Z'))).toBe('2026-02-10');
    expect(new Date(vietnamInstant('2026-02-26', 8)).toISOString()).toBe('2026-02-26T01:00:00.000Z');
    expect(new Date(endOfVietnamDay('2026-03-03')).toISOString()).toBe('2026-03-03T17:00:00.000Z');
  });
});
