import { todayInVietnam } from './today-in-vietnam';

describe('todayInVietnam', () => {
  it('is already tomorrow in Vietnam from 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
    expect(todayInVietnam(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });
});
