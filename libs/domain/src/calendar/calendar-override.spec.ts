import { DomainError } from '../errors/domain-error';
import { applyCalendarOverride, overrideGaps } from './calendar-override';
import { CalendarDay, CalendarOverride } from './day-off';
import { PUBLIC_HOLIDAY_NAMES } from './public-holiday-names';

/** Part of the package's days for 2025: its Tết guess 28/1–1/2 (Saturday 1/2 inside) and 2/9. */
const computed2025: CalendarDay[] = [
  ...['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01'].map(
    (date): CalendarDay => ({ date, kind: 'holiday', reason: PUBLIC_HOLIDAY_NAMES['lunar-new-year'], holiday: 'lunar-new-year' }),
  ),
  { date: '2025-09-02', kind: 'holiday', reason: PUBLIC_HOLIDAY_NAMES['national-day'], holiday: 'national-day' },
];

const summary = (days: CalendarDay[]): string[] => days.map((day) => `${day.date} ${day.kind}`);

describe('applyCalendarOverride', () => {
  it('without an override keeps the computed days, adds the customary 2/9 adjacent day and Art. 111(3) compensation', () => {
    expect(summary(applyCalendarOverride(2025, computed2025))).toEqual([
      '2025-01-28 holiday',
      '2025-01-29 holiday',
      '2025-01-30 holiday',
      '2025-01-31 holiday',
      '2025-02-01 holiday',
      '2025-02-03 compensatory-day-off',
      '2025-09-01 holiday',
      '2025-09-02 holiday',
    ]);
  });

  it('replaces the Tết span, adds the 2/9 adjacent day, the Culture Day and swaps', () => {
    const override: CalendarOverride = {
      year: 2025,
      lunarNewYearDays: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
      nationalDayAdjacentDay: '2025-09-01',
      cultureDay: true,
      swaps: [{ dayOff: '2025-05-02', workedOn: '2025-04-26' }],
    };
    const days = applyCalendarOverride(2025, computed2025, override);
    expect(summary(days)).toEqual([
      '2025-01-27 holiday',
      '2025-01-28 holiday',
      '2025-01-29 holiday',
      '2025-01-30 holiday',
      '2025-01-31 holiday',
      '2025-04-26 working-saturday',
      '2025-05-02 extra-day-off',
      '2025-09-01 holiday',
      '2025-09-02 holiday',
      '2025-11-24 holiday',
    ]);
    expect(days.find((day) => day.date === '2025-04-26')?.reason).toEqual({ vi: 'Làm bù cho ngày nghỉ thứ Sáu 02/05/2025', en: 'Working day in exchange for Friday 2025-05-02' });
    expect(days.find((day) => day.date === '2025-05-02')?.reason).toEqual({ vi: 'Nghỉ hoán đổi, làm bù thứ Bảy 26/04/2025', en: 'Swapped day off, made up on Saturday 2025-04-26' });
    expect(days.find((day) => day.date === '2025-09-01')?.reason.vi).toBe('Quốc khánh (ngày liền kề)');
    expect(days.find((day) => day.date === '2025-11-24')?.reason).toEqual({ vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' });
  });

  it('uses listed compensatory days instead of computed ones, and lets the administrator win on a date', () => {
    const override: CalendarOverride = {
      year: 2025,
      compensatoryDaysOff: [{ date: '2025-02-04', reason: { vi: 'Nghỉ bù Tết', en: 'Tết day in lieu' } }],
      extraDaysOff: [{ date: '2025-09-02', reason: { vi: 'Nghỉ thêm', en: 'Extra day off' } }],
    };
    const days = applyCalendarOverride(2025, computed2025, override);
    expect(summary(days)).toContain('2025-02-04 compensatory-day-off');
    expect(summary(days)).not.toContain('2025-02-03 compensatory-day-off');
    expect(summary(days)).toContain('2025-09-02 extra-day-off');
    expect(summary(applyCalendarOverride(2025, computed2025, { year: 2025, compensatoryDaysOff: [] }))).not.toContain('2025-02-03 compensatory-day-off');
  });

  it.each<[string, CalendarOverride]>([
    ['year', { year: 2026 }],
    ['lunarNewYearDays[0]', { year: 2025, lunarNewYearDays: ['2024-12-31'] }],
    ['lunarNewYearDays[1]', { year: 2025, lunarNewYearDays: ['2025-01-27', '2025-01-32'] }],
    ['nationalDayAdjacentDay', { year: 2025, nationalDayAdjacentDay: '2025-09-04' }],
    ['swaps[0]', { year: 2025, swaps: [{ dayOff: '2025-04-26', workedOn: '2025-05-02' }] }],
    ['swaps[0].workedOn', { year: 2025, swaps: [{ dayOff: '2025-05-02', workedOn: '26/04/2025' }] }],
    ['extraDaysOff[0].reason', { year: 2025, extraDaysOff: [{ date: '2025-05-02', reason: { vi: '', en: '' } }] }],
  ])('rejects a bad override (%s) with a DomainError', (field, override) => {
    try {
      applyCalendarOverride(2025, computed2025, override);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe(field);
    }
  });
});

describe('overrideGaps', () => {
  it('names what the package cannot know', () => {
    expect(overrideGaps(2027).map((gap) => gap.code)).toEqual(['lunar-new-year-placement', 'national-day-adjacent-day']);
    expect(overrideGaps(2027)[1].text.vi).toContain('01/09 hoặc 03/09');
    expect(overrideGaps(2025, { year: 2025, lunarNewYearDays: ['2025-01-27'], nationalDayAdjacentDay: '2025-09-01' })).toEqual([]);
  });
});
