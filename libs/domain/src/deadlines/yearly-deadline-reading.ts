/**
 * How a yearly deadline the plans write as a date ("trước ngày 30/11 hằng năm") is read when that
 * date is a day off:
 * - 'on-the-date' (default): a named calendar date stays put — Civil Code Art. 148's moving rule
 *   is for periods counted in days, and offices report ahead of a date that falls on a day off;
 * - 'next-working-day': read it as a period's last day and move it to the next working day.
 */
export const YEARLY_DEADLINE_READINGS = ['on-the-date', 'next-working-day'] as const;
export type YearlyDeadlineReading = (typeof YEARLY_DEADLINE_READINGS)[number];
export const DEFAULT_YEARLY_DEADLINE_READING: YearlyDeadlineReading = 'on-the-date';
