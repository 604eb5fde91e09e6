import { LocalizedText } from '../errors/domain-error';
import { PlainDate } from './plain-date';

/**
 * What a calendar entry says about its day. The first three make a day a rest day whatever
 * its weekday; the last two make a weekend day a working day (a swap announced by the government).
 */
export type CalendarDayKind =
  /** A public holiday under Labour Code Art. 112 (or the switchable 24/11 Culture Day). */
  | 'holiday'
  /** A weekly rest day that fell on a holiday, given back on the next working day (Art. 111(3)). */
  | 'compensatory-day-off'
  /** A working day given off, usually in exchange for a working Saturday. */
  | 'extra-day-off'
  /** A Saturday worked to make up for an extra day off. */
  | 'working-saturday'
  /** Any other weekend day declared a working day (e.g. a Sunday worked). */
  | 'working-day';

export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = ['holiday', 'compensatory-day-off', 'extra-day-off', 'working-saturday', 'working-day'];

export const DAY_OFF_KINDS: readonly CalendarDayKind[] = ['holiday', 'compensatory-day-off', 'extra-day-off'];

/** The Labour Code holidays (Art. 112) plus the reported 12th day, so entries can be grouped and replaced. */
export type PublicHolidayId = 'new-year' | 'lunar-new-year' | 'hung-kings' | 'reunification-day' | 'labour-day' | 'national-day' | 'culture-day';

/** One day that differs from the plain Monday–Friday week. */
export interface CalendarDay {
  date: PlainDate;
  kind: CalendarDayKind;
  reason: LocalizedText;
  /** Which public holiday this entry is, or gives back a day for. */
  holiday?: PublicHolidayId;
}

/** A day and why; what an administrator types for extra and compensatory days. */
export interface DatedReason {
  date: PlainDate;
  reason: LocalizedText;
}

/** "Hoán đổi ngày làm việc": a working day given off, made up on a weekend day. */
export interface DaySwap {
  dayOff: PlainDate;
  workedOn: PlainDate;
}

/**
 * The yearly decisions layered on top of the computed Labour Code holidays; what an administrator
 * edits under /admin/calendar/overrides. Every field is optional: an absent field keeps the computed default.
 */
export interface CalendarOverride {
  year: number;
  /** The documents the entries come from, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025". */
  source?: string;
  /**
   * The five Tết days the Prime Minister placed this year. Replaces the package's default span
   * (lunar New Year's Eve + the first four days of the year), which is only a guess.
   */
  lunarNewYearDays?: PlainDate[];
  /** The day before or after 2/9 chosen this year; the package gives only 2/9 itself. */
  nationalDayAdjacentDay?: PlainDate;
  /** Vietnamese Culture Day 24/11, reported as a paid holiday from 1/7/2026. Off unless set. */
  cultureDay?: boolean;
  swaps?: DaySwap[];
  extraDaysOff?: DatedReason[];
  /**
   * When present, replaces the days computed from Art. 111(3) for this year (an empty list means
   * "none"); use it when the official schedule places them elsewhere.
   */
  compensatoryDaysOff?: DatedReason[];
}
