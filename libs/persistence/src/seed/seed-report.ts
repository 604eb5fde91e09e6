/** The tables `seedReferenceData` fills. */
export const SEEDED_TABLES = [
  'administrativeUnits',
  'departments',
  'catalogueItems',
  'programmePlans',
  'planTargets',
  'planTasks',
  'procedureDefinitions',
  'supportPolicies',
  'calendarOverrides',
] as const;
export type SeededTable = (typeof SEEDED_TABLES)[number];

/** Per table: rows the seed wrote, and seed rows it left alone because a row with that key was already there. */
export interface SeedTableReport {
  inserted: number;
  skipped: number;
}

export type SeedReport = Record<SeededTable, SeedTableReport>;

export function totalInserted(report: SeedReport): number {
  return SEEDED_TABLES.reduce((sum, table) => sum + report[table].inserted, 0);
}
