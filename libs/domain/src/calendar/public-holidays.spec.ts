import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { CalendarDay } from './day-off';
import { OFFICIAL_SCHEDULES, OFFICIAL_SCHEDULE_2025, OFFICIAL_SCHEDULE_2026 } from './official-schedules';
import { fromEpochDay, toEpochDay } from './plain-date';
import { buildCalendarDays, laborCodeHolidays } from './public-holidays';
import { DeadlineUnit, WorkingCalendar } from './working-calendar';

const summary = (days: CalendarDay[]): string[] => days.map((day) => `${day.date} ${day.holiday ?? '-'}`);
const TET = { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' };
const SATURDAY = { vi: 'Thứ Bảy', en: 'Saturday' };
const SUNDAY = { vi: 'Chủ nhật', en: 'Sunday' };

describe('laborCodeHolidays (what date-holidays gives for VN)', () => {
  it('2025: the package places Tết on lunar New Year’s Eve + days 1–4 (28/1–1/2)', () => {
    expect(summary(laborCodeHolidays(2025))).toEqual([
      '2025-01-01 new-year',
      '2025-01-28 lunar-new-year',
      '2025-01-29 lunar-new-year',
      '2025-01-30 lunar-new-year',
      '2025-01-31 lunar-new-year',
      '2025-02-01 lunar-new-year',
      '2025-04-07 hung-kings',
      '2025-04-30 reunification-day',
      '2025-05-01 labour-day',
      '2025-09-02 national-day',
    ]);
  });

  it('2026: Tết 16/2–20/2, Hùng Kings on Sunday 26/4; no 2/9 adjacent day', () => {
    expect(summary(laborCodeHolidays(2026))).toEqual([
      '2026-01-01 new-year',
      '2026-02-16 lunar-new-year',
      '2026-02-17 lunar-new-year',
      '2026-02-18 lunar-new-year',
      '2026-02-19 lunar-new-year',
      '2026-02-20 lunar-new-year',
      '2026-04-26 hung-kings',
      '2026-04-30 reunification-day',
      '2026-05-01 labour-day',
      '2026-09-02 national-day',
    ]);
  });

  it('2027: Tết 5/2–9/2 across a weekend, Hùng Kings 16/4', () => {
    expect(summary(laborCodeHolidays(2027))).toEqual([
      '2027-01-01 new-year',
      '2027-02-05 lunar-new-year',
      '2027-02-06 lunar-new-year',
      '2027-02-07 lunar-new-year',
      '2027-02-08 lunar-new-year',
      '2027-02-09 lunar-new-year',
      '2027-04-16 hung-kings',
      '2027-04-30 reunification-day',
      '2027-05-01 labour-day',
      '2027-09-02 national-day',
    ]);
  });

  it('follows the Vietnamese lunar calendar (UTC+7), not the Chinese one', () => {
    expect(laborCodeHolidays(1985).filter((day) => day.holiday === 'lunar-new-year')[1].date).toBe('1985-01-21');
    expect(laborCodeHolidays(2007).filter((day) => day.holiday === 'lunar-new-year')[1].date).toBe('2007-02-17');
  });

  it('uses the Labour Code names and drops observances', () => {
    const days = laborCodeHolidays(2026);
    expect(days.every((day) => day.kind === 'holiday')).toBe(true);
    expect(days.find((day) => day.date === '2026-02-17')?.reason).toEqual(TET);
    expect(days.find((day) => day.date === '2026-04-26')?.reason).toEqual({ vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" });
    expect(days.some((day) => day.date === '2026-09-25')).toBe(false); // Trung thu
  });

  it('rejects a year it cannot compute', () => {
    expect(() => laborCodeHolidays(2026.5)).toThrow(DomainError);
    expect(() => laborCodeHolidays(1800)).toThrow(DomainError);
  });
});

describe('buildCalendarDays', () => {
  it('without overrides gives the package days plus Art. 111(3) compensation', () => {
    const days = buildCalendarDays([2027]);
    const compensatory = days.filter((day) => day.kind === 'compensatory-day-off');
    expect(compensatory.map((day) => [day.date, day.holiday])).toEqual([
      ['2027-02-10', 'lunar-new-year'],
      ['2027-02-11', 'lunar-new-year'],
      ['2027-05-03', 'labour-day'], // 1/5/2027 is a Saturday
    ]);
    expect(buildCalendarDays([2028]).find((day) => day.kind === 'compensatory-day-off')?.date).toBe('2028-01-03'); // 1/1/2028 is a Saturday
  });

  it('with the official 2025 schedule the package’s Tết Saturday (1/2) is replaced, so no Monday is given back', () => {
    const days = buildCalendarDays([2025], OFFICIAL_SCHEDULES);
    expect(days.filter((day) => day.holiday === 'lunar-new-year').map((day) => day.date)).toEqual(OFFICIAL_SCHEDULE_2025.lunarNewYearDays);
    expect(days.some((day) => day.kind === 'compensatory-day-off')).toBe(false);
  });

  it('rejects two overrides for one year', () => {
    expect(() => buildCalendarDays([2025], [OFFICIAL_SCHEDULE_2025, OFFICIAL_SCHEDULE_2025])).toThrow(DomainError);
  });

  it('ignores duplicate years and returns days in date order', () => {
    const days = buildCalendarDays([2026, 2025, 2026], OFFICIAL_SCHEDULES);
    expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort());
    expect(new Set(days.map((day) => day.date)).size).toBe(days.length);
  });
});

describe('real years with the official schedules', () => {
  const calendar = new WorkingCalendar(buildCalendarDays([2024, 2025, 2026, 2027], OFFICIAL_SCHEDULES));

  it('Tết Ất Tỵ 2025: off Sat 25/1 – Sun 2/2, back on Mon 3/2', () => {
    for (let day = toEpochDay('2025-01-25'); day <= toEpochDay('2025-02-02'); day++) expect(calendar.isWorkingDay(fromEpochDay(day))).toBe(false);
    expect(calendar.isWorkingDay('2025-01-24')).toBe(true);
    expect(calendar.nextWorkingDay('2025-01-24')).toBe('2025-02-03');
  });

  it('a 10-working-day limit from 10/2/2026 skips Tết Bính Ngọ and lists why', () => {
    const due = calendar.dueDate('2026-02-10', 10, 'working');
    expect(due.dueDate).toBe('2026-03-03');
    expect(due.dueAt).toBe('2026-03-03T17:00:00.000Z');
    expect(due.skipped).toEqual([
      { date: '2026-02-14', reason: SATURDAY },
      { date: '2026-02-15', reason: SUNDAY },
      { date: '2026-02-16', reason: TET },
      { date: '2026-02-17', reason: TET },
      { date: '2026-02-18', reason: TET },
      { date: '2026-02-19', reason: TET },
      { date: '2026-02-20', reason: TET },
      { date: '2026-02-21', reason: SATURDAY },
      { date: '2026-02-22', reason: SUNDAY },
      { date: '2026-02-28', reason: SATURDAY },
      { date: '2026-03-01', reason: SUNDAY },
    ]);
    // reminders 3 and 1 working days before due
    expect(calendar.workingDaysBefore(due.dueDate, 3)).toBe('2026-02-26');
    expect(calendar.workingDaysBefore(due.dueDate, 1)).toBe('2026-03-02');
  });

  it('Hùng Kings 2026 on a Sunday gives a compensatory Monday; then 30/4–1/5', () => {
    expect(calendar.entryFor('2026-04-27')).toEqual({
      date: '2026-04-27',
      kind: 'compensatory-day-off',
      holiday: 'hung-kings',
      reason: { vi: 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/04/2026)', en: "Day off in lieu of Hùng Kings' Commemoration Day (fell on Sunday 2026-04-26)" },
    });
    const due = calendar.dueDate('2026-04-24', 3, 'working');
    expect(due.dueDate).toBe('2026-05-04');
    expect(due.skipped.map((day) => `${day.date} ${day.reason.vi}`)).toEqual([
      '2026-04-25 Thứ Bảy',
      '2026-04-26 Giỗ Tổ Hùng Vương',
      '2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/04/2026)',
      '2026-04-30 Ngày Chiến thắng 30/4',
      '2026-05-01 Ngày Quốc tế Lao động',
      '2026-05-02 Thứ Bảy',
      '2026-05-03 Chủ nhật',
    ]);
  });

  it('30/4–1/5/2025: off 30/4 – 4/5 with Saturday 26/4 worked', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(calendar.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    const due = calendar.dueDate('2025-04-25', 5, 'calendar'); // nominal end Wed 30/4, a holiday
    expect(due.dueDate).toBe('2025-05-05');
    expect(due.skipped.map((day) => day.date)).toEqual(['2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']);
    expect(due.skipped[2].reason.vi).toBe('Nghỉ hoán đổi, làm bù thứ Bảy 26/04/2025');
  });

  it('Quốc khánh 2025: off Sat 30/8 – Tue 2/9', () => {
    const due = calendar.dueDate('2025-08-29', 1, 'working');
    expect(due.dueDate).toBe('2025-09-03');
    expect(due.skipped.map((day) => `${day.date} ${day.reason.en}`)).toEqual([
      '2025-08-30 Saturday',
      '2025-08-31 Sunday',
      '2025-09-01 National Day (adjacent day)',
      '2025-09-02 National Day',
    ]);
  });

  it('2026 swaps: New Year 1/1–4/1 with 10/1 worked; National Day 29/8–2/9 with 22/8 worked', () => {
    expect(calendar.workingDaysBetween('2025-12-31', '2026-01-05')).toBe(1);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
    for (const date of ['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02']) expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.nextWorkingDay('2026-08-28')).toBe('2026-09-03');
  });

  it('counts the 2026 working days: 261 weekdays − 10 days off on weekdays + 2 worked Saturdays', () => {
    // days off on weekdays: 1/1, 2/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1/9, 2/9 = 13
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(261 - 13 + 2);
    expect(OFFICIAL_SCHEDULE_2026.cultureDay).toBeUndefined();
  });

  describe('properties on the real calendar', () => {
    const dates = fc.integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2027-10-31') }).map(fromEpochDay);
    const amounts = fc.integer({ min: 0, max: 40 });

    it('a due date is never a non-working day', () => {
      fc.assert(
        fc.property(dates, amounts, fc.constantFrom<DeadlineUnit>('working', 'calendar'), (trigger, n, unit) => {
          expect(calendar.isWorkingDay(calendar.dueDate(trigger, n, unit).dueDate)).toBe(true);
        }),
      );
    });

    it('adding n working days then counting gives n; counting back inverts', () => {
      fc.assert(
        fc.property(dates, amounts, (from, n) => {
          const to = calendar.addWorkingDays(from, n);
          expect(calendar.workingDaysBetween(from, to)).toBe(n);
          if (calendar.isWorkingDay(from)) expect(calendar.workingDaysBefore(to, n)).toBe(from);
        }),
      );
    });
  });
});
