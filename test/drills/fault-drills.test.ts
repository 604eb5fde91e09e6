import { ProcessStack } from '../harness/process-stack';
import { installQuietRuntime } from '../harness/time-skipping';
import { printReport, runCaseBurst } from './case-burst';

const CASES = 50;

/** Each fault strikes once a third of a burst of CASES concurrent clients has submitted. */
const DRILLS: [string, (stack: ProcessStack) => Promise<void>][] = [
  [
    'worker-killed',
    async (stack) => {
      await stack.killWorker(); // SIGKILL, activities in flight
      await stack.startWorker();
    },
  ],
  ['temporal-restarted', (stack) => stack.restartTemporal(async () => undefined)],
  ['postgres-restarted', (stack) => stack.restartPostgres(async () => undefined)],
  [
    'api-killed',
    async (stack) => {
      await stack.killApi(); // creations and submissions in flight; clients retry with their Idempotency-Key
      await stack.startApi();
    },
  ],
];

/**
 * Fault drills on the production topology (test/harness/process-stack.ts): whatever dies, every
 * request a client got accepted is recorded exactly once, nothing is orphaned, no e-mail goes
 * twice and the audit trail still verifies. Each drill prints its counts.
 */
describe('fault drills', () => {
  beforeAll(() => installQuietRuntime());

  it.each(DRILLS)('%s: records every request exactly once, no orphan, no duplicate e-mail, audit trail intact', async (drill, fault) => {
    const stack = await ProcessStack.start();
    try {
      const report = printReport(await runCaseBurst(stack, drill, () => fault(stack), CASES));
      expect(report).toMatchObject({ lost: 0, doubled: 0, orphans: 0, emails: { duplicates: 0 }, auditTrail: 'verified' });
      expect(report.recorded).toEqual({ applications: CASES, workflows: CASES, submissions: CASES, intakeDecisions: CASES });
    } finally {
      await stack.stop();
    }
  }, 600_000);
});
