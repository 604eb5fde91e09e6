import { formatDate, formatDueDate, lastDayOf } from './vietnamese-date';

describe('Vietnamese dates in notifications', () => {
  it('writes dd/mm/yyyy with the Vietnamese weekday, and an English alternative', () => {
    expect(formatDate('2025-11-24')).toEqual({ vi: 'Thứ Hai, 24/11/2025', en: 'Monday, 24 November 2025' });
    expect(formatDate('2025-11-30')).toEqual({ vi: 'Chủ Nhật, 30/11/2025', en: 'Sunday, 30 November 2025' });
    expect(formatDate('2026-01-01')).toEqual({ vi: 'Thứ Năm, 01/01/2026', en: 'Thursday, 1 January 2026' });
  });

  it('names every weekday', () => {
    const week = ['2025-11-24', '2025-11-25', '2025-11-26', '2025-11-27', '2025-11-28', '2025-11-29', '2025-11-30'].map((d) => formatDate(d).vi.split(',')[0]);
    expect(week).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
  });

  it('reads a deadline ending at 24:00 Vietnam time as its own day, not the next one', () => {
    // DueDate.dueAt of 24/11/2025: 24:00 in Hà Nội is 17:00 UTC.
    expect(lastDayOf('2025-11-24T17:00:00.000Z')).toBe('2025-11-24');
    expect(formatDueDate('2025-11-24T17:00:00.000Z').vi).toBe('Thứ Hai, 24/11/2025');
    // Any earlier instant of the same Vietnam day is that day too; one millisecond later is the next.
    expect(lastDayOf('2025-11-24T02:00:00+07:00')).toBe('2025-11-24');
    expect(lastDayOf('2025-11-24T17:00:00.001Z')).toBe('2025-11-25');
  });

  it('refuses what is not an instant', () => {
    expect(() => lastDayOf('24/11/2025')).toThrow(/ISO instant/);
    expect(() => formatDate('2025-02-29')).toThrow();
  });
});
