// Workflow code imports the calendar through this index: it must not pull in the holiday package.
jest.mock('date-holidays', () => {
  throw new Error('date-holidays must not be reachable from the calendar index');
});

import * as calendar from './index';

describe('calendar index', () => {
  it('exports the workflow-safe API without loading date-holidays', () => {
    expect(typeof calendar.WorkingCalendar).toBe('function');
    expect(typeof calendar.applyCalendarOverride).toBe('function');
    expect(calendar.OFFICIAL_SCHEDULES.map((schedule) => schedule.year)).toEqual([2025, 2026]);
    expect('buildCalendarDays' in calendar).toBe(false);
  });
});
