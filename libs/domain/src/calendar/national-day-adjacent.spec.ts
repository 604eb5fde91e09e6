import { applyCalendarOverride, overrideGaps } from './calendar-override';
import { defaultNationalDayAdjacentDay, NATIONAL_DAY_ADJACENT_BY_WEEKDAY } from './national-day-adjacent';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { buildCalendarDays } from './public-holidays';
import { WorkingCalendar } from './working-calendar';

describe('the second National Day holiday in a year with no override', () => {
  it('follows the choices of the published schedules, by the weekday of 2/9', () => {
    // 2021 Thu → 3/9, 2022 Fri → 1/9, 2023 Sat → 1/9, 2024 Mon → 3/9, 2025 Tue → 1/9, 2026 Wed → 1/9.
    expect([2021, 2022, 2023, 2024, 2025, 2026].map((year) => defaultNationalDayAdjacentDay(year))).toEqual([
      '2021-09-03',
      '2022-09-01',
      '2023-09-01',
      '2024-09-03',
      '2025-09-01',
      '2026-09-01',
    ]);
    // The published overrides agree with the table.
    for (const schedule of OFFICIAL_SCHEDULES) expect(defaultNationalDayAdjacentDay(schedule.year)).toBe(schedule.nationalDayAdjacentDay);
    // 2/9/2029 is a Sunday: the Monday after.
    expect(defaultNationalDayAdjacentDay(2029)).toBe('2029-09-03');
    expect(defaultNationalDayAdjacentDay(2027, { ...NATIONAL_DAY_ADJACENT_BY_WEEKDAY, 4: 'before' })).toBe('2027-09-01');
  });

  it('makes 2027-08-31 + 3 working days fall on 2027-09-07 (2/9 Thursday, 3/9 Friday off)', () => {
    const calendar = new WorkingCalendar(buildCalendarDays([2027]));
    expect(calendar.dueDate('2027-08-31', 3, 'working').dueDate).toBe('2027-09-07');
    expect(calendar.days().filter((day) => day.holiday === 'national-day').map((day) => day.date)).toEqual(['2027-09-02', '2027-09-03']);
  });

  it('gives way to the override, and Art. 111(3) still gives back a rest day that falls on it', () => {
    const days = applyCalendarOverride(2027, [], { year: 2027, nationalDayAdjacentDay: '2027-09-01' });
    expect(days.map((day) => day.date)).toEqual(['2027-09-01']);
    // 2029: 2/9 Sunday (package) and 3/9 Monday (customary): the Sunday is given back on Tuesday 4/9.
    const y2029 = buildCalendarDays([2029]).filter((day) => day.date >= '2029-09-01' && day.date <= '2029-09-05');
    expect(y2029.map((day) => [day.date, day.kind])).toEqual([
      ['2029-09-02', 'holiday'],
      ['2029-09-03', 'holiday'],
      ['2029-09-04', 'compensatory-day-off'],
    ]);
  });

  it('adds no second day before the Labour Code of 2019 took effect (2021)', () => {
    expect(buildCalendarDays([2020]).filter((day) => day.holiday === 'national-day').map((day) => day.date)).toEqual(['2020-09-02']);
  });

  it('reports a year without a published Tết schedule or adjacent day as a gap, naming the day used meanwhile', () => {
    const gaps = overrideGaps(2027);
    expect(gaps.map((gap) => gap.code)).toEqual(['lunar-new-year-placement', 'national-day-adjacent-day']);
    expect(gaps[0].text.en).toContain('No published Tết schedule for 2027');
    expect(gaps[0].text.vi).toContain('Chưa có lịch nghỉ Tết Nguyên đán 2027 được công bố');
    expect(gaps[1].text.en).toContain('2027-09-03');
    expect(gaps[1].text.vi).toContain('03/09/2027');
  });
});
