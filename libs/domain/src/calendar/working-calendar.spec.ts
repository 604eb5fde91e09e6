import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { CalendarDay, CalendarDayKind } from './day-off';
import { addDays, fromEpochDay, toEpochDay, weekdayOfEpochDay } from './plain-date';
import { DeadlineUnit, WorkingCalendar } from './working-calendar';

const WINDOW_START = toEpochDay('2025-01-01');
const WINDOW_DAYS = 400;
const reason = { vi: 'Ngày thử', en: 'Test day' };

/** Random calendars over a 400-day window: holidays, days off and working weekend days anywhere. */
const calendars = fc
  .array(
    fc.record({
      offset: fc.integer({ min: 0, max: WINDOW_DAYS }),
      kind: fc.constantFrom<CalendarDayKind>('holiday', 'compensatory-day-off', 'extra-day-off', 'working-day', 'working-saturday'),
    }),
    { maxLength: 80 },
  )
  .map((entries) =>
    entries.map(({ offset, kind }): CalendarDay => {
      const epochDay = WINDOW_START + offset;
      // a 'working-saturday' must be a Saturday; elsewhere use the general kind
      const fixedKind = kind === 'working-saturday' && weekdayOfEpochDay(epochDay) !== 6 ? 'working-day' : kind;
      return { date: fromEpochDay(epochDay), kind: fixedKind, reason };
    }),
  )
  .map((days) => new WorkingCalendar(days));

const dates = fc.integer({ min: -30, max: WINDOW_DAYS + 30 }).map((offset) => fromEpochDay(WINDOW_START + offset));
const amounts = fc.integer({ min: 0, max: 60 });
const units = fc.constantFrom<DeadlineUnit>('working', 'calendar');

describe('WorkingCalendar', () => {
  describe('with weekends only', () => {
    const calendar = new WorkingCalendar();

    it('rests on Saturday and Sunday and says so', () => {
      expect(calendar.isWorkingDay('2025-03-07')).toBe(true); // Friday
      expect(calendar.isWorkingDay('2025-03-08')).toBe(false);
      expect(calendar.restReason('2025-03-08')).toEqual({ vi: 'Thứ Bảy', en: 'Saturday' });
      expect(calendar.restReason('2025-03-09')).toEqual({ vi: 'Chủ nhật', en: 'Sunday' });
      expect(calendar.restReason('2025-03-10')).toBeUndefined();
    });

    it('counts from the day after the trigger', () => {
      expect(calendar.addWorkingDays('2025-03-06', 1)).toBe('2025-03-07'); // Thu → Fri
      expect(calendar.addWorkingDays('2025-03-07', 1)).toBe('2025-03-10'); // Fri → Mon
      expect(calendar.addWorkingDays('2025-03-08', 1)).toBe('2025-03-10'); // Sat → Mon
      expect(calendar.addWorkingDays('2025-03-07', 0)).toBe('2025-03-07');
      expect(calendar.addCalendarDays('2025-03-07', 3)).toBe('2025-03-10');
      expect(calendar.workingDaysBetween('2025-03-07', '2025-03-14')).toBe(5);
      expect(calendar.workingDaysBetween('2025-03-14', '2025-03-07')).toBe(-5);
      expect(calendar.workingDaysBetween('2025-03-09', '2025-03-08')).toBe(0); // +0, not -0
      expect(calendar.nextWorkingDay('2025-03-07')).toBe('2025-03-10');
      expect(calendar.subtractWorkingDays('2025-03-10', 1)).toBe('2025-03-07');
      expect(calendar.workingDaysBefore('2025-03-12', 3)).toBe('2025-03-07');
    });

    it('lists the weekend passed over by a working-day limit and ends at 24:00 Vietnam time', () => {
      expect(calendar.dueDate('2025-03-06', 3, 'working')).toEqual({
        dueDate: '2025-03-11',
        dueAt: '2025-03-11T17:00:00.000Z',
        skipped: [
          { date: '2025-03-08', reason: { vi: 'Thứ Bảy', en: 'Saturday' } },
          { date: '2025-03-09', reason: { vi: 'Chủ nhật', en: 'Sunday' } },
        ],
      });
      expect(new Date(calendar.dueDate('2025-03-06', 3, 'working').dueAt).getTime()).toBe(Date.parse('2025-03-12T00:00:00+07:00'));
    });

    it('moves a calendar-day limit ending on a weekend to Monday, listing only the days moved past', () => {
      const due = calendar.dueDate('2025-03-03', 5, 'calendar'); // Mon + 5 = Sat
      expect(due.dueDate).toBe('2025-03-10');
      expect(due.skipped.map((day) => day.date)).toEqual(['2025-03-08', '2025-03-09']);
      expect(calendar.dueDate('2025-03-03', 4, 'calendar')).toEqual({ dueDate: '2025-03-07', dueAt: '2025-03-07T17:00:00.000Z', skipped: [] });
    });

    it('treats amount 0 as the end of the trigger day, moved to a working day if needed', () => {
      expect(calendar.dueDate('2025-03-05', 0, 'working').dueDate).toBe('2025-03-05');
      expect(calendar.dueDate('2025-03-08', 0, 'calendar').dueDate).toBe('2025-03-10');
    });
  });

  describe('with entries', () => {
    const calendar = new WorkingCalendar([
      { date: '2025-04-30', kind: 'holiday', reason: { vi: 'Ngày Chiến thắng 30/4', en: 'Reunification Day (30 April)' } },
      { date: '2025-05-02', kind: 'extra-day-off', reason: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' } },
      { date: '2025-04-26', kind: 'working-saturday', reason: { vi: 'Làm bù', en: 'Make-up day' } },
      { date: '2025-04-27', kind: 'working-day', reason: { vi: 'Làm bù', en: 'Make-up day' } },
    ]);

    it('honours days off on weekdays and working weekend days', () => {
      expect(calendar.isWorkingDay('2025-04-30')).toBe(false);
      expect(calendar.restReason('2025-05-02')).toEqual({ vi: 'Nghỉ hoán đổi', en: 'Swapped day off' });
      expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
      expect(calendar.isWorkingDay('2025-04-27')).toBe(true);
      expect(calendar.addWorkingDays('2025-04-25', 2)).toBe('2025-04-27');
      expect(calendar.entryFor('2025-04-26')?.kind).toBe('working-saturday');
      expect(calendar.entryFor('2025-04-28')).toBeUndefined();
      expect(calendar.days().map((day) => day.date)).toEqual(['2025-04-26', '2025-04-27', '2025-04-30', '2025-05-02']);
    });

    it('lets a later entry for the same date win', () => {
      const replaced = new WorkingCalendar([
        { date: '2025-04-30', kind: 'holiday', reason },
        { date: '2025-04-30', kind: 'working-day', reason },
      ]);
      expect(replaced.isWorkingDay('2025-04-30')).toBe(true);
    });

    it('does not let callers change its data through returned entries', () => {
      calendar.days()[0].kind = 'holiday';
      expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    });
  });

  describe('rejects invalid input with a DomainError', () => {
    const calendar = new WorkingCalendar();
    const expectDomainError = (action: () => unknown, code: string, field?: string): void => {
      try {
        action();
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe(code);
        if (field) expect((error as DomainError).field).toBe(field);
        expect((error as DomainError).text.vi).not.toBe((error as DomainError).text.en);
        return;
      }
      throw new Error('expected a DomainError');
    };

    it.each(['2025-02-30', '30/04/2025', 'tomorrow', ''])('bad date %p', (date) => {
      expectDomainError(() => calendar.dueDate(date, 1, 'working'), 'CALENDAR_DATE_INVALID', 'trigger');
      expectDomainError(() => calendar.isWorkingDay(date), 'CALENDAR_DATE_INVALID');
      expectDomainError(() => calendar.addWorkingDays(date, 1), 'CALENDAR_DATE_INVALID', 'from');
      expectDomainError(() => calendar.workingDaysBetween('2025-01-01', date), 'CALENDAR_DATE_INVALID', 'to');
    });

    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1_000_000])('bad amount %p', (amount) => {
      expectDomainError(() => calendar.dueDate('2025-01-02', amount, 'working'), 'CALENDAR_AMOUNT_INVALID', 'amount');
      expectDomainError(() => calendar.dueDate('2025-01-02', amount, 'calendar'), 'CALENDAR_AMOUNT_INVALID', 'amount');
      expectDomainError(() => calendar.addWorkingDays('2025-01-02', amount), 'CALENDAR_AMOUNT_INVALID');
      expectDomainError(() => calendar.subtractWorkingDays('2025-01-02', amount), 'CALENDAR_AMOUNT_INVALID');
      expectDomainError(() => calendar.addCalendarDays('2025-01-02', amount), 'CALENDAR_AMOUNT_INVALID');
    });

    it.each(['hours', 'Working', '', undefined])('unknown unit %p', (unit) => {
      expectDomainError(() => calendar.dueDate('2025-01-02', 1, unit as unknown as DeadlineUnit), 'CALENDAR_UNIT_INVALID', 'unit');
    });

    it('bad entries', () => {
      expectDomainError(() => new WorkingCalendar([{ date: '2025-13-01', kind: 'holiday', reason }]), 'CALENDAR_DATE_INVALID', 'days[0].date');
      expectDomainError(() => new WorkingCalendar([{ date: '2025-01-01', kind: 'vacation' as CalendarDayKind, reason }]), 'CALENDAR_DAY_INVALID', 'days[0].kind');
      expectDomainError(() => new WorkingCalendar([{ date: '2025-01-01', kind: 'holiday', reason: { vi: '', en: 'x' } }]), 'CALENDAR_DAY_INVALID', 'days[0].reason');
      expectDomainError(() => new WorkingCalendar([{ date: '2025-01-01', kind: 'working-saturday', reason }]), 'CALENDAR_DAY_INVALID', 'days[0].date');
    });
  });

  describe('properties on random calendars', () => {
    it('counting back the working days added gives n', () => {
      fc.assert(
        fc.property(calendars, dates, amounts, (calendar, from, n) => {
          expect(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).toBe(n);
        }),
      );
    });

    it('adding n ≥ 1 working days lands on a working day and equals the working due date', () => {
      fc.assert(
        fc.property(calendars, dates, fc.integer({ min: 1, max: 60 }), (calendar, from, n) => {
          const to = calendar.addWorkingDays(from, n);
          expect(calendar.isWorkingDay(to)).toBe(true);
          expect(calendar.dueDate(from, n, 'working').dueDate).toBe(to);
        }),
      );
    });

    it('a due date is never a non-working day and is after the trigger', () => {
      fc.assert(
        fc.property(calendars, dates, amounts, units, (calendar, trigger, n, unit) => {
          const { dueDate, dueAt } = calendar.dueDate(trigger, n, unit);
          expect(calendar.isWorkingDay(dueDate)).toBe(true);
          expect(dueDate >= addDays(trigger, unit === 'calendar' ? n : Math.min(n, 1))).toBe(true);
          expect(dueAt).toBe(`${dueDate}T17:00:00.000Z`);
        }),
      );
    });

    it('skipped days are exactly the non-working days passed over', () => {
      fc.assert(
        fc.property(calendars, dates, fc.integer({ min: 1, max: 60 }), units, (calendar, trigger, n, unit) => {
          const { dueDate, skipped } = calendar.dueDate(trigger, n, unit);
          const firstPassed = unit === 'working' ? addDays(trigger, 1) : addDays(trigger, n);
          const expected: string[] = [];
          for (let day = firstPassed; day < dueDate; day = addDays(day, 1)) {
            if (!calendar.isWorkingDay(day)) expected.push(day);
          }
          expect(skipped.map((day) => day.date)).toEqual(expected);
          for (const day of skipped) expect(day.reason).toEqual(calendar.restReason(day.date));
        }),
      );
    });

    it('addWorkingDays is monotonic in the amount and in the start date', () => {
      fc.assert(
        fc.property(calendars, dates, dates, amounts, amounts, (calendar, a, b, n, m) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const [few, many] = n <= m ? [n, m] : [m, n];
          expect(calendar.addWorkingDays(early, few) <= calendar.addWorkingDays(early, many)).toBe(true);
          if (few < many) expect(calendar.addWorkingDays(early, few) < calendar.addWorkingDays(early, many)).toBe(true);
          expect(calendar.addWorkingDays(early, n) <= calendar.addWorkingDays(late, n)).toBe(true);
        }),
      );
    });

    it('workingDaysBefore inverts addWorkingDays (back to the last working day on or before the start)', () => {
      fc.assert(
        fc.property(calendars, dates, fc.integer({ min: 1, max: 60 }), (calendar, from, n) => {
          const back = calendar.workingDaysBefore(calendar.addWorkingDays(from, n), n);
          if (calendar.isWorkingDay(from)) expect(back).toBe(from);
          else expect(back).toBe(calendar.subtractWorkingDays(from, 1));
          expect(calendar.addWorkingDays(calendar.subtractWorkingDays(from, n), n) >= from).toBe(true);
        }),
      );
    });

    it('workingDaysBetween is additive and antisymmetric', () => {
      fc.assert(
        fc.property(calendars, dates, dates, dates, (calendar, a, b, c) => {
          expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(calendar.workingDaysBetween(a, c));
          expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, a)).toBe(0);
          if (a === b) expect(calendar.workingDaysBetween(a, b)).toBe(0); // +0, never -0
        }),
      );
    });

    it('nextWorkingDay is one working day on, and nothing between is a working day', () => {
      fc.assert(
        fc.property(calendars, dates, (calendar, date) => {
          const next = calendar.nextWorkingDay(date);
          expect(next).toBe(calendar.addWorkingDays(date, 1));
          expect(calendar.workingDaysBetween(date, next)).toBe(1);
          for (let day = addDays(date, 1); day < next; day = addDays(day, 1)) expect(calendar.isWorkingDay(day)).toBe(false);
        }),
      );
    });
  });
});
