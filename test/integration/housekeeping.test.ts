import { randomUUID } from 'node:crypto';
import { ScheduleClient } from '@temporalio/client';
import { dailyHousekeepingWorkflow } from '../../workflows/housekeeping/daily-housekeeping.workflow';
import { HOUSEKEEPING_SCHEDULE_ID, ensureHousekeepingSchedule } from '../../libs/temporal/src/housekeeping-schedule';
import { DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { seedDemoAccountsInto, signIn } from '../harness/auth';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/** The nightly housekeeping workflow on the real worker, Temporal dev server and PostgreSQL. */
describe('nightly housekeeping', () => {
  let stack: TestStack;
  let seed: DemoSeedResult;

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    seed = await seedDemoAccountsInto(stack.database.url);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const runHousekeeping = () =>
    stack.temporal.workflow.execute(dailyHousekeepingWorkflow, { taskQueue: stack.temporalOptions.taskQueue, workflowId: `housekeeping-${randomUUID()}`, args: [] });

  it('deletes only sign-in records past any use, and finds an intact audit trail intact', async () => {
    await signIn(stack.baseUrl, 'manager');
    const dead = randomUUID();
    const managerId = seed.users.manager.id;
    // A family whose newest token expired two days ago (its older token was spent into it), and an old failed sign-in.
    const spent = randomUUID();
    const last = randomUUID();
    await stack.sql(
      `INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at, revoked_at, replaced_by) VALUES
         ($1, $3, $4, $5, now() - interval '3 days', NULL, NULL),
         ($2, $3, $4, $6, now() - interval '2 days', NULL, NULL)`,
      [last, spent, managerId, dead, `dead-${randomUUID()}`, `dead-${randomUUID()}`],
    );
    await stack.sql(`UPDATE refresh_tokens SET revoked_at = now() - interval '3 days', replaced_by = $1 WHERE id = $2`, [last, spent]);
    await stack.sql(`INSERT INTO login_failures (username, address, failed_at) VALUES ('manager', '192.0.2.1', now() - interval '2 days'), ('manager', '192.0.2.1', now())`);

    const report = await runHousekeeping();

    expect(report.purged.refreshTokens).toBeGreaterThanOrEqual(2);
    expect(await stack.sql(`SELECT 1 FROM refresh_tokens WHERE family_id = $1`, [dead])).toHaveLength(0);
    // The live session and the recent failure stay.
    expect((await stack.sql(`SELECT 1 FROM refresh_tokens WHERE revoked_at IS NULL AND expires_at > now() AND user_id = $1`, [managerId])).length).toBeGreaterThan(0);
    expect(await stack.sql(`SELECT 1 FROM login_failures WHERE address = '192.0.2.1'`)).toHaveLength(1);
    expect(report.purged.loginFailures).toBe(1);
    expect(report.auditTrail).toMatchObject({ ok: true });
  });

  it('tells every administrator, in the app and once however often it runs, when the audit trail was tampered with', async () => {
    // Written behind the application's back: a row whose hashes chain to nothing.
    const [row] = await stack.sql<{ seq: string }>(
      `INSERT INTO audit_log (actor_id, actor_name, actor_role, action, subject_type, subject_id, prev_hash, hash)
       VALUES ('x', 'x', 'system', 'forged', 'test', 'x', repeat('a', 64), repeat('b', 64)) RETURNING seq::text AS seq`,
    );

    const first = await runHousekeeping();
    const again = await runHousekeeping();

    expect(first.auditTrail).toMatchObject({ ok: false, firstBrokenSeq: Number(row.seq), administratorsNotified: 1 });
    expect(again.auditTrail).toMatchObject({ ok: false, firstBrokenSeq: Number(row.seq) });
    const notices = await stack.sql<{ title_vi: string }>(
      `SELECT n.title_vi FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE u.username = 'admin' AND n.kind = 'audit-trail-broken'`,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].title_vi).toContain(`dòng ${row.seq}`);
  });

  it('is scheduled every night at 02:00 Vietnam time, idempotently', async () => {
    const options = { taskQueue: stack.temporalOptions.taskQueue, namespace: 'default' };
    const schedules = new ScheduleClient({ connection: stack.temporal.connection, namespace: 'default' });
    try {
      expect(await ensureHousekeepingSchedule(stack.temporal, options)).toBe('created');
      expect(await ensureHousekeepingSchedule(stack.temporal, options)).toBe('updated');
      const described = await schedules.getHandle(HOUSEKEEPING_SCHEDULE_ID).describe();
      expect(described.spec.timezone).toBe('Asia/Ho_Chi_Minh');
      expect(described.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 2, end: 2, step: 1 }], minute: [{ start: 0, end: 0, step: 1 }] });
      expect(described.action).toMatchObject({ workflowType: 'dailyHousekeepingWorkflow', taskQueue: options.taskQueue });
    } finally {
      await schedules.getHandle(HOUSEKEEPING_SCHEDULE_ID).delete();
    }
  });
});
