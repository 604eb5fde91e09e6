import * as fs from 'node:fs';

/** What the global setup started, handed to test files through a JSON file named in the environment. */
export interface HarnessState {
  /** Admin URL of the embedded PostgreSQL (database `postgres`); test files create their own databases. */
  postgresAdminUrl: string;
  temporalAddress: string;
  workflowBundlePath: string;
  temporalTestServerPath: string;
}

export const HARNESS_STATE_VARIABLE = 'NSCL_TEST_HARNESS_STATE';

export function readHarnessState(): HarnessState {
  const file = process.env[HARNESS_STATE_VARIABLE];
  if (!file || !fs.existsSync(file)) throw new Error('The test harness did not start: run the tests through `npm test` (Jest project "temporal").');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as HarnessState;
}
