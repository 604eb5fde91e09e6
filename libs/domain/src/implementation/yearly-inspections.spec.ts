import { yearlyInspectionDates } from './yearly-inspections';

describe('yearlyInspectionDates', () => {
  it('inspects on each anniversary strictly before the contract ends', () => {
    expect(yearlyInspectionDates('2026-03-15', 30)).toEqual(['2027-03-15', '2028-03-15']);
    expect(yearlyInspectionDates('2026-03-15', 24)).toEqual(['2027-03-15']);
    expect(yearlyInspectionDates('2026-03-15', 25)).toEqual(['2027-03-15', '2028-03-15']);
  });

  it('inspects a contract of a year or less once, halfway through', () => {
    expect(yearlyInspectionDates('2026-03-15', 12)).toEqual(['2026-09-15']);
    expect(yearlyInspectionDates('2026-03-15', 7)).toEqual(['2026-06-15']);
    expect(yearlyInspectionDates('2026-03-15', 1)).toEqual([]);
  });

  it('follows a configured interval and clamps to month ends', () => {
    expect(yearlyInspectionDates('2026-08-31', 18, 6)).toEqual(['2027-02-28', '2027-08-31']);
  });
});
