import { IsoWeekday, isoWeekday, PlainDate } from './plain-date';

/**
 * Which day, 1/9 ('before') or 3/9 ('after'), is the second National Day holiday in a year whose
 * schedule is not published yet, by the weekday 2/9 falls on. Labour Code Art. 112(1)(đ) leaves the
 * choice to each year's decision; the reference is silent on a default, so this table follows the
 * schedules the Prime Minister chose since the second day was introduced, which join the two days
 * to a weekend:
 *   Mon → 3/9 (2024) · Tue → 1/9 (2025) · Wed → 1/9 (2026) · Thu → 3/9 (2021)
 *   Fri → 1/9 (2022) · Sat → 1/9 (2023; Monday is then given back by Art. 111(3))
 *   Sun → 3/9 (no precedent yet: 1/9 would be a Saturday, so the Monday after).
 * Configurable twice over: edit this table, or set `nationalDayAdjacentDay` in the year's override
 * (which always wins, and is what an administrator enters once the year's schedule is published).
 */
export const NATIONAL_DAY_ADJACENT_BY_WEEKDAY: Readonly<Record<IsoWeekday, 'before' | 'after'>> = {
  1: 'after',
  2: 'before',
  3: 'before',
  4: 'after',
  5: 'before',
  6: 'before',
  7: 'after',
};

/** The default second National Day holiday of `year` (see the table above). */
export function defaultNationalDayAdjacentDay(year: number, rule: Readonly<Record<IsoWeekday, 'before' | 'after'>> = NATIONAL_DAY_ADJACENT_BY_WEEKDAY): PlainDate {
  const nationalDay = `${year}-09-02`;
  return rule[isoWeekday(nationalDay)] === 'before' ? `${year}-09-01` : `${year}-09-03`;
}
