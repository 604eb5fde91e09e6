import { compensatoryDaysOff } from './compensatory-days';
import { CalendarDay } from './day-off';
import { PUBLIC_HOLIDAY_NAMES } from './public-holiday-names';

const hungKings = (date: string): CalendarDay => ({ date, kind: 'holiday', reason: PUBLIC_HOLIDAY_NAMES['hung-kings'], holiday: 'hung-kings' });

describe('compensatoryDaysOff (Labour Code Art. 111(3))', () => {
  it('gives a holiday on a Sunday back on Monday, saying why', () => {
    expect(compensatoryDaysOff([hungKings('2026-04-26')])).toEqual([
      {
        date: '2026-04-27',
        kind: 'compensatory-day-off',
        holiday: 'hung-kings',
        reason: {
          vi: 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/04/2026)',
          en: "Day off in lieu of Hùng Kings' Commemoration Day (fell on Sunday 2026-04-26)",
        },
      },
    ]);
  });

  it('gives a holiday on a Saturday back on Monday', () => {
    const newYear: CalendarDay = { date: '2028-01-01', kind: 'holiday', reason: PUBLIC_HOLIDAY_NAMES['new-year'], holiday: 'new-year' };
    expect(compensatoryDaysOff([newYear]).map((day) => day.date)).toEqual(['2028-01-03']);
  });

  it('gives two weekend holidays back on Monday and Tuesday (30/4–1/5/2022)', () => {
    const days: CalendarDay[] = [
      { date: '2022-05-01', kind: 'holiday', reason: PUBLIC_HOLIDAY_NAMES['labour-day'], holiday: 'labour-day' },
      { date: '2022-04-30', kind: 'holiday', reason: PUBLIC_HOLIDAY_NAMES['reunification-day'], holiday: 'reunification-day' },
    ];
    expect(compensatoryDaysOff(days).map((day) => [day.date, day.holiday])).toEqual([
      ['2022-05-02', 'reunification-day'],
      ['2022-05-03', 'labour-day'],
    ]);
  });

  it('skips over the rest of a holiday block (Tết spanning a weekend)', () => {
    const tet = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map(
      (date): CalendarDay => ({ date, kind: 'holiday', reason: PUBLIC_HOLIDAY_NAMES['lunar-new-year'], holiday: 'lunar-new-year' }),
    );
    expect(compensatoryDaysOff(tet).map((day) => day.date)).toEqual(['2027-02-10', '2027-02-11']);
  });

  it('lands on the next real working day given swaps and extra days off', () => {
    const others: CalendarDay[] = [
      { date: '2026-04-27', kind: 'extra-day-off', reason: { vi: 'Nghỉ thêm', en: 'Extra day off' } },
      { date: '2026-05-02', kind: 'working-saturday', reason: { vi: 'Làm bù', en: 'Make-up day' } },
    ];
    expect(compensatoryDaysOff([hungKings('2026-04-26')], others).map((day) => day.date)).toEqual(['2026-04-28']);
  });

  it('gives nothing for holidays on weekdays', () => {
    expect(compensatoryDaysOff([hungKings('2025-04-07')])).toEqual([]);
  });
});
