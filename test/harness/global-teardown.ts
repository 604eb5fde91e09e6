import * as fs from 'node:fs';
import type { RunningHarness } from './global-setup';

/** Stops what the global setup started and removes its folder: no process is left behind. */
export default async function globalTeardown(): Promise<void> {
  const harness = (globalThis as { nsclHarness?: RunningHarness }).nsclHarness;
  if (!harness) return;
  await Promise.allSettled([harness.temporal.stop(), harness.postgres.stop()]);
  fs.rmSync(harness.workDir, { recursive: true, force: true });
}
