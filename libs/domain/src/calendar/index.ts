/*
 * The working-day calendar. Everything exported here is pure and deterministic, so Temporal
 * workflow code may import it. The date-holidays-backed builders (`laborCodeHolidays`,
 * `buildCalendarDays`) are deliberately not re-exported: import them from './public-holidays' in
 * activities and the API, so the holiday package never ends up in a workflow bundle.
 */
export * from './plain-date';
export * from './day-off';
export * from './weekly-rest';
export * from './public-holiday-names';
export * from './compensatory-days';
export * from './calendar-override';
export * from './national-day-adjacent';
export * from './working-calendar';
export * from './official-schedules';
