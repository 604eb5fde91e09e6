/**
 * Makes every fast-check property reproducible: jest runs this file (setupFilesAfterEnv of
 * the unit project) before each spec file, in the same module registry as the spec, so the
 * configuration reaches every `fc.assert`.
 *
 * - FC_SEED: the seed for every property (an integer, e.g. the `seed` fast-check printed in a
 *   CI failure). Unset → DEFAULT_SEED, so a plain `jest` run explores the same inputs every
 *   time and a CI failure reproduces locally with no flags. CI may pass a varying FC_SEED
 *   (e.g. the build number) to explore more inputs; the failure report prints it back.
 * - FC_NUM_RUNS: runs per property. Unset → DEFAULT_NUM_RUNS (fast-check's own default is 100;
 *   more runs make up for a fixed seed no longer drawing fresh inputs on every run).
 *
 * Settings passed to `fc.assert` itself (a test's own `numRuns`, or a temporary `seed`/`path`
 * while debugging) still take precedence, so no property runs fewer cases than it asks for.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_210_101;
const DEFAULT_NUM_RUNS = 1_000;

function integerFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    // A typo must not silently fall back to another seed: the run would not reproduce.
    throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  seed: integerFromEnv('FC_SEED', DEFAULT_SEED, Number.MIN_SAFE_INTEGER),
  numRuns: integerFromEnv('FC_NUM_RUNS', DEFAULT_NUM_RUNS, 1),
});
