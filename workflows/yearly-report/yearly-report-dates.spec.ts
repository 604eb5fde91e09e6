import { WorkingCalendar } from '../../libs/domain/src/calendar/working-calendar';
import { DEFAULT_YEARLY_DEADLINE_READING } from '../../libs/domain/src/deadlines/yearly-deadline-reading';
import { stepsFrom, yearlyReportDates } from './yearly-report-dates';

const summary = (year: number, calendar = new WorkingCalendar()) => {
  const dates = yearlyReportDates(year, calendar);
  return { dueDate: dates.dueDate, steps: dates.steps.map((step) => `${step.key} ${step.date} ${new Date(step.at).toISOString()}`) };
};

describe('yearlyReportDates', () => {
  it('reminds on 1 and 20 November at 08:00 Vietnam time, even on a Sunday, and escalates on 1 December when 30 November is a working day', () => {
    // 2026: 1 November is a Sunday, 30 November a Monday.
    expect(summary(2026)).toEqual({
      dueDate: '2026-11-30',
      steps: ['reminder-11-01 2026-11-01 2026-11-01T01:00:00.000Z', 'reminder-11-20 2026-11-20 2026-11-20T01:00:00.000Z', 'escalation-12-01 2026-12-01 2026-12-01T01:00:00.000Z'],
    });
  });

  it('moves the due date off a Sunday 30 November and escalates on the next working day after it', () => {
    // 2025: 30 November is a Sunday, so reports are due Monday 1 December and escalated Tuesday 2 December.
    expect(summary(2025)).toMatchObject({ dueDate: '2025-12-01', steps: [expect.any(String), expect.any(String), 'escalation-12-01 2025-12-02 2025-12-02T01:00:00.000Z'] });
  });

  it('escalates on Monday when 1 December is a Saturday', () => {
    // 2029: 30 November is a Friday, 1 December a Saturday.
    expect(summary(2029)).toMatchObject({ dueDate: '2029-11-30', steps: [expect.any(String), expect.any(String), 'escalation-12-01 2029-12-03 2029-12-03T01:00:00.000Z'] });
  });

  it('skips a day off an administrator declared', () => {
    const calendar = new WorkingCalendar([{ date: '2026-12-01', kind: 'extra-day-off', reason: { vi: 'Nghỉ bù', en: 'Day off in lieu' } }]);
    expect(summary(2026, calendar).steps[2]).toBe('escalation-12-01 2026-12-02 2026-12-02T01:00:00.000Z');
  });
});

describe('yearlyReportDates: reading "before 30/11"', () => {
  it('keeps 30 November on a Sunday with the product default (on the date), escalating on the next working day', () => {
    // 2025: 30 November is a Sunday.
    const dates = yearlyReportDates(2025, new WorkingCalendar(), DEFAULT_YEARLY_DEADLINE_READING);
    expect(DEFAULT_YEARLY_DEADLINE_READING).toBe('on-the-date');
    expect(dates.dueDate).toBe('2025-11-30');
    expect(dates.steps.map((step) => `${step.key} ${step.date}`)).toEqual(['reminder-11-01 2025-11-01', 'reminder-11-20 2025-11-20', 'escalation-12-01 2025-12-01']);
  });

  it('keeps 30 November on an administrator-declared day off, and moves it with the other reading', () => {
    const calendar = new WorkingCalendar([{ date: '2026-11-30', kind: 'extra-day-off', reason: { vi: 'Nghỉ', en: 'Off' } }]);
    expect(yearlyReportDates(2026, calendar, 'on-the-date').dueDate).toBe('2026-11-30');
    expect(yearlyReportDates(2026, calendar, 'next-working-day').dueDate).toBe('2026-12-01');
    expect(yearlyReportDates(2025, new WorkingCalendar(), 'next-working-day').dueDate).toBe('2025-12-01');
  });
});

describe('stepsFrom', () => {
  const { steps } = yearlyReportDates(2026, new WorkingCalendar());
  const keys = (now: string) => stepsFrom(steps, Date.parse(now)).map((step) => step.key);

  it('takes every step of a cycle opened on 1 October', () => {
    expect(keys('2026-10-01T01:00:00Z')).toEqual(['reminder-11-01', 'reminder-11-20', 'escalation-12-01']);
  });

  it('replays only the latest missed reminder for a cycle opened late', () => {
    expect(keys('2026-11-22T04:00:00Z')).toEqual(['reminder-11-20', 'escalation-12-01']);
    expect(keys('2026-11-20T01:00:00Z')).toEqual(['reminder-11-20', 'escalation-12-01']);
  });

  it('only escalates a cycle opened after the escalation date', () => {
    expect(keys('2026-12-05T00:00:00Z')).toEqual(['escalation-12-01']);
  });
});
