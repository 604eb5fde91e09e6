import { DomainError, LocalizedText } from '../errors/domain-error';
import { CALENDAR_DAY_KINDS, CalendarDay, DAY_OFF_KINDS } from './day-off';
import { PlainDate, formatVietnamese, fromEpochDay, parsePlainDate, toEpochDay, weekdayOfEpochDay } from './plain-date';
import { weeklyRestReason } from './weekly-rest';

/** Every time limit in a procedure states its unit (process.md). */
export type DeadlineUnit = 'working' | 'calendar';

export const DEADLINE_UNITS: readonly DeadlineUnit[] = ['working', 'calendar'];

/** A non-working day a computation passed over, and why it is not a working day. */
export interface SkippedDay {
  date: PlainDate;
  reason: LocalizedText;
}

export interface DueDate {
  /** The last day of the time limit, always a working day. */
  dueDate: PlainDate;
  /**
   * The instant the time limit ends: 24:00 of `dueDate` in Asia/Ho_Chi_Minh (UTC+7, no daylight
   * saving), written as UTC, i.e. `${dueDate}T17:00:00.000Z`. The same format as `Date#toISOString`,
   * so it can be stored, compared and scheduled on directly.
   */
  dueAt: string;
  /** Non-working days passed over, in date order (see `WorkingCalendar.dueDate`). */
  skipped: SkippedDay[];
}

/** Ten years of days: far above any procedure's time limit, low enough that a typo cannot hang a workflow. */
export const MAX_DEADLINE_AMOUNT = 3660;

/**
 * Working days of Vietnamese state bodies: Monday to Friday, less holidays and days off, plus
 * swapped working weekend days. Built only from data (a list of `CalendarDay`), with no clock and no
 * holiday package, so Temporal workflow code can use it deterministically. Outside the years the
 * data covers it knows only weekends.
 */
export class WorkingCalendar {
  private readonly entries = new Map<number, CalendarDay>();

  /** When two entries share a date the later one wins, as in the override layering. */
  constructor(days: readonly CalendarDay[] = []) {
    days.forEach((day, index) => {
      const checked = checkCalendarDay(day, `days[${index}]`);
      this.entries.set(toEpochDay(checked.date), checked);
    });
  }

  /** The entries this calendar was built from, one per date, in date order. */
  days(): CalendarDay[] {
    return [...this.entries.entries()].sort(([a], [b]) => a - b).map(([, day]) => copyOf(day));
  }

  entryFor(date: PlainDate): CalendarDay | undefined {
    const entry = this.entries.get(toEpochDay(date));
    return entry && copyOf(entry);
  }

  isWorkingDay(date: PlainDate): boolean {
    return this.restReasonOf(toEpochDay(date)) === undefined;
  }

  /** Why `date` is not a working day (holiday name, "Thứ Bảy", …); undefined on a working day. */
  restReason(date: PlainDate): LocalizedText | undefined {
    return this.restReasonOf(toEpochDay(date));
  }

  addCalendarDays(from: PlainDate, amount: number): PlainDate {
    return fromEpochDay(toEpochDay(from, 'from') + checkAmount(amount));
  }

  /**
   * The `amount`-th working day after `from`; `from` itself is never counted (Civil Code Art. 147).
   * `amount` 0 returns `from` unchanged.
   */
  addWorkingDays(from: PlainDate, amount: number): PlainDate {
    return fromEpochDay(this.stepWorkingDays(toEpochDay(from, 'from'), checkAmount(amount), 1));
  }

  /** The `amount`-th working day before `date` (reminders "3 and 1 working days before due"). `amount` 0 returns `date`. */
  subtractWorkingDays(date: PlainDate, amount: number): PlainDate {
    return fromEpochDay(this.stepWorkingDays(toEpochDay(date), checkAmount(amount), -1));
  }

  /** Same as `subtractWorkingDays`; reads better at reminder call sites. */
  workingDaysBefore(date: PlainDate, amount: number): PlainDate {
    return this.subtractWorkingDays(date, amount);
  }

  /** The first working day strictly after `date` (e.g. the first overdue working day after a due date). */
  nextWorkingDay(date: PlainDate): PlainDate {
    return fromEpochDay(this.stepWorkingDays(toEpochDay(date), 1, 1));
  }

  /**
   * The number of working days `d` with `from < d <= to`: the days counted by a time limit that
   * starts after `from` and has reached `to`. So `workingDaysBetween(a, addWorkingDays(a, n)) === n`,
   * and `workingDaysBetween(a, a) === 0`. When `to` is before `from` the result is
   * `-workingDaysBetween(to, from)` (negative: e.g. working days left before a due date that has passed).
   */
  workingDaysBetween(from: PlainDate, to: PlainDate): number {
    const start = toEpochDay(from, 'from');
    const end = toEpochDay(to, 'to');
    // `0 - x`, not `-x`: an empty count must be 0, never -0.
    if (end < start) return 0 - this.workingDaysBetween(to, from);
    let count = 0;
    for (let day = start + 1; day <= end; day++) {
      if (this.restReasonOf(day) === undefined) count++;
    }
    return count;
  }

  /**
   * The end of a time limit under the Civil Code (Art. 147–148):
   * - counting starts the day after `trigger`;
   * - `working`: the `amount`-th working day after `trigger`; `skipped` lists the non-working days
   *   in between that were not counted;
   * - `calendar`: `trigger + amount` days; if that day is not a working day the limit moves to the
   *   next working day and `skipped` lists the days it moved past (days inside the period count as
   *   calendar days, so they are not "skipped");
   * - the limit ends at 24:00 of the due date, Vietnam time (`dueAt`).
   * `amount` 0 means "by the end of the trigger day", moved to the next working day if needed.
   */
  dueDate(trigger: PlainDate, amount: number, unit: DeadlineUnit): DueDate {
    let day = toEpochDay(trigger, 'trigger');
    const count = checkAmount(amount);
    const skipped: SkippedDay[] = [];
    if (unit === 'working') {
      for (let counted = 0; counted < count; ) {
        day++;
        const reason = this.restReasonOf(day);
        if (reason === undefined) counted++;
        else skipped.push({ date: fromEpochDay(day), reason });
      }
    } else if (unit === 'calendar') {
      day += count;
    } else {
      throw new DomainError(
        'CALENDAR_UNIT_INVALID',
        { vi: `Đơn vị thời hạn không hợp lệ: "${String(unit)}" (chỉ nhận "working" – ngày làm việc, hoặc "calendar" – ngày theo lịch)`, en: `Invalid time-limit unit: "${String(unit)}" (expected "working" or "calendar")` },
        'unit',
      );
    }
    for (let reason = this.restReasonOf(day); reason !== undefined; reason = this.restReasonOf(day)) {
      skipped.push({ date: fromEpochDay(day), reason });
      day++;
    }
    const dueDate = fromEpochDay(day);
    return { dueDate, dueAt: `${dueDate}T17:00:00.000Z`, skipped };
  }

  private stepWorkingDays(start: number, count: number, direction: 1 | -1): number {
    let day = start;
    for (let counted = 0; counted < count; ) {
      day += direction;
      if (this.restReasonOf(day) === undefined) counted++;
    }
    return day;
  }

  private restReasonOf(epochDay: number): LocalizedText | undefined {
    const entry = this.entries.get(epochDay);
    if (entry) return DAY_OFF_KINDS.includes(entry.kind) ? entry.reason : undefined;
    return weeklyRestReason(weekdayOfEpochDay(epochDay));
  }
}

function checkAmount(amount: number): number {
  if (Number.isSafeInteger(amount) && amount >= 0 && amount <= MAX_DEADLINE_AMOUNT) return amount;
  throw new DomainError(
    'CALENDAR_AMOUNT_INVALID',
    { vi: `Số ngày phải là số nguyên từ 0 đến ${MAX_DEADLINE_AMOUNT}: ${String(amount)}`, en: `Number of days must be an integer from 0 to ${MAX_DEADLINE_AMOUNT}: ${String(amount)}` },
    'amount',
  );
}

/** Entries come from an administrator's edits or a database: check them before trusting them. */
function checkCalendarDay(day: CalendarDay, field: string): CalendarDay {
  const date = parsePlainDate(day?.date, `${field}.date`);
  if (!CALENDAR_DAY_KINDS.includes(day.kind)) {
    throw new DomainError('CALENDAR_DAY_INVALID', { vi: `Loại ngày không hợp lệ: "${String(day.kind)}"`, en: `Invalid day kind: "${String(day.kind)}"` }, `${field}.kind`);
  }
  if (typeof day.reason?.vi !== 'string' || typeof day.reason?.en !== 'string' || !day.reason.vi || !day.reason.en) {
    throw new DomainError('CALENDAR_DAY_INVALID', { vi: `Ngày ${formatVietnamese(date)} thiếu lý do (tiếng Việt và tiếng Anh)`, en: `Day ${date} has no reason (Vietnamese and English)` }, `${field}.reason`);
  }
  if (day.kind === 'working-saturday' && weekdayOfEpochDay(toEpochDay(date)) !== 6) {
    throw new DomainError('CALENDAR_DAY_INVALID', { vi: `Ngày làm bù ${formatVietnamese(date)} không phải thứ Bảy`, en: `Working Saturday ${date} is not a Saturday` }, `${field}.date`);
  }
  return copyOf(day);
}

/** Entries are handed out and taken in as copies, so no caller can change a built calendar. */
function copyOf(day: CalendarDay): CalendarDay {
  return { ...day, reason: { ...day.reason } };
}
