import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { addDays, comparePlainDates, daysBetween, formatVietnamese, fromEpochDay, isPlainDate, isoWeekday, parsePlainDate, toEpochDay, yearOf } from './plain-date';

/** Reference implementation through the platform's UTC arithmetic, used only to check ours. */
const viaDate = (epochDay: number): string => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);

// 1000-01-01 .. 9999-12-31
const epochDays = fc.integer({ min: -354_285, max: 2_932_896 });

describe('plain-date', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '9999-12-31', '1000-01-01'])('accepts %s', (value) => {
    expect(parsePlainDate(value)).toBe(value);
    expect(isPlainDate(value)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-1-5',
    '25-01-05',
    '2025/01/05',
    '2025-01-05T00:00:00Z',
    ' 2025-01-05',
    '',
    '0999-12-31',
    20250105,
    null,
    undefined,
  ])('rejects %p with a DomainError in both languages', (value) => {
    expect(isPlainDate(value)).toBe(false);
    try {
      parsePlainDate(value, 'trigger');
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domainError = error as DomainError;
      expect(domainError.code).toBe('CALENDAR_DATE_INVALID');
      expect(domainError.field).toBe('trigger');
      expect(domainError.text.vi).toMatch(/^Ngày không hợp lệ/);
      expect(domainError.text.en).toMatch(/^Invalid date/);
    }
  });

  it('knows the epoch and a few weekdays', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('2026-02-17')).toBe(2); // Tết Bính Ngọ, a Tuesday
    expect(isoWeekday('2026-04-26')).toBe(7);
    expect(isoWeekday('2025-04-26')).toBe(6);
  });

  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(() => addDays('2025-01-01', 1.5)).toThrow(DomainError);
    expect(() => addDays('9999-12-31', 1)).toThrow(DomainError);
  });

  it('formats for Vietnamese readers and compares', () => {
    expect(formatVietnamese('2026-02-03')).toBe('03/02/2026');
    expect(comparePlainDates('2025-12-31', '2026-01-01')).toBe(-1);
    expect(comparePlainDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(yearOf('2026-09-02')).toBe(2026);
  });

  it('agrees with UTC Date arithmetic on every day (property)', () => {
    fc.assert(
      fc.property(epochDays, (epochDay) => {
        const date = fromEpochDay(epochDay);
        expect(date).toBe(viaDate(epochDay));
        expect(toEpochDay(date)).toBe(epochDay);
        expect(isoWeekday(date)).toBe(((new Date(epochDay * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it('addDays, daysBetween and comparePlainDates are consistent (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5000, max: 5000 }), (start, days) => {
        const from = fromEpochDay(start);
        const to = addDays(from, days);
        expect(daysBetween(from, to)).toBe(days);
        expect(comparePlainDates(from, to)).toBe(Math.sign(days) === 0 ? 0 : (-Math.sign(days) as -1 | 1));
      }),
    );
  });
});
