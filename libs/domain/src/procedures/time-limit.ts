/** Working days (ngày làm việc, NLV) or calendar days: every limit says which (calendar.md). */
export const TIME_UNITS = ['working', 'calendar'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface TimeLimit {
  readonly amount: number;
  readonly unit: TimeUnit;
}

export function workingDays(amount: number): TimeLimit {
  return { amount, unit: 'working' };
}

export function calendarDays(amount: number): TimeLimit {
  return { amount, unit: 'calendar' };
}
