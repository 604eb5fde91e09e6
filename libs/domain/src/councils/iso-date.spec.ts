import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { addCalendarMonths, compareIsoDates, daysInMonth, parseIsoDate } from './iso-date';

describe('iso-date', () => {
  it.each([
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2025-11-30', 6, '2026-05-30'],
    ['2025-12-31', 6, '2026-06-30'],
    ['2026-02-28', 6, '2026-08-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-05-20', 0, '2025-05-20'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months, 'd')).toBe(expected);
  });

  it.each(['2025-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-2-3', '25-02-03', '2025-02-03T00:00', ''])(
    'rejects %p',
    (value) => {
      expect(() => parseIsoDate(value, 'd')).toThrow(DomainError);
    },
  );

  it('accepts leap days in leap years', () => {
    expect(parseIsoDate('2024-02-29', 'd')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29', 'd')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it('names the field at fault', () => {
    try {
      parseIsoDate('2025-02-30', 'contractEndOn');
      throw new Error('unreachable');
    } catch (error) {
      expect((error as DomainError).code).toBe('DATE_INVALID');
      expect((error as DomainError).field).toBe('contractEndOn');
    }
  });

  it('compares dates', () => {
    expect(compareIsoDates('2025-01-01', '2025-01-02', 'a', 'b')).toBe(-1);
    expect(compareIsoDates('2025-01-02', '2025-01-02', 'a', 'b')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31', 'a', 'b')).toBe(1);
  });

  it('adding months lands in the right month and never overshoots its end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 60 }),
        (year, month, rawDay, months) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const from = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const result = parseIsoDate(addCalendarMonths(from, months, 'd'), 'r');
          expect(result.year * 12 + result.month - (year * 12 + month)).toBe(months);
          expect(result.day).toBe(Math.min(day, daysInMonth(result.year, result.month)));
        },
      ),
    );
  });
});
