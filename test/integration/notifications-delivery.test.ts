import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { NotificationActivities } from '../../activities/notifications/notification.activities';
import { SmtpSink } from '../../libs/local-servers/src/smtp-sink';
import { createSmtpTransport } from '../../libs/notifications/src/email/mail-transport';
import { deterministicMessageId } from '../../libs/notifications/src/email/message-id';
import type { NotifyRequest } from '../../libs/notifications/src/notify-request';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { activitiesOf } from '../../libs/temporal/src/activities-of';
import { readHarnessState } from '../harness/harness-state';
import { createTestDatabase, TestDatabase } from '../harness/test-database';
import { installQuietRuntime } from '../harness/time-skipping';
import { notifyWithRetries } from './notifications-retry.workflow';

const FROM = 'Hệ thống NSCL <no-reply@sokhcn.thanhhoa.gov.vn>';
const BASE_URL = 'https://nscl.example.gov.vn';

describe('notify: in-app row and e-mail, each at most once (real PostgreSQL, SMTP sink, Temporal)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sink: SmtpSink;
  let mailDir: string;
  let activities: NotificationActivities;

  beforeAll(async () => {
    installQuietRuntime();
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-mail-'));
    [database, sink] = await Promise.all([createTestDatabase(), SmtpSink.start({ dir: mailDir, port: 0 })]);
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    activities = new NotificationActivities(dataSource, { publicBaseUrl: BASE_URL, email: { transport: createSmtpTransport(sink.url), from: FROM } });
  });

  afterAll(async () => {
    await sink?.stop();
    await dataSource?.destroy();
    await database?.drop();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  const sql = <T = Record<string, unknown>>(query: string, parameters?: unknown[]): Promise<T[]> => dataSource.query(query, parameters);
  const mailsWith = (messageId: string) => sink.messages.filter((mail) => mail.messageId === messageId);
  const reminder = (dedupKey: string, email = 'officer.tdc@example.gov.vn'): NotifyRequest => ({
    dedupKey,
    recipient: { email },
    message: { kind: 'reminder', step: { vi: 'Thẩm định hồ sơ', en: 'Appraise the application' }, dueAt: '2025-11-24T17:00:00.000Z', workingDaysLeft: 3 },
    subject: { type: 'application', id: 'a1b2c3', label: 'Áp dụng ISO 9001 tại Công ty A' },
    scheduledFor: '2025-11-19T01:00:00.000Z',
  });

  it('stores one row and sends one e-mail when notified twice with the same key', async () => {
    const request = reminder(`task-${randomUUID()}:reminder:before-3`);
    const first = await activities.notify(request);
    const second = await activities.notify(request);

    expect(first.created).toBe(true);
    expect(second).toMatchObject({ notificationId: first.notificationId, created: false });
    expect(first.deliveries).toEqual([
      { channel: 'in-app', status: 'skipped', detail: expect.any(String) },
      { channel: 'email', status: 'delivered', messageId: deterministicMessageId(`${request.dedupKey}#email`, 'sokhcn.thanhhoa.gov.vn') },
    ]);
    expect(second.deliveries[1]).toMatchObject({ channel: 'email', status: 'already-delivered' });

    const rows = await sql<{ n: string }>(`SELECT count(*) AS n FROM notifications WHERE dedup_key = $1`, [request.dedupKey]);
    expect(Number(rows[0].n)).toBe(1);
    const mails = mailsWith(first.deliveries[1].messageId as string);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: ['officer.tdc@example.gov.vn'], subject: '[NSCL] Nhắc hạn: còn 3 ngày làm việc – Thẩm định hồ sơ' });
    // The stored message names the case, the due date with its weekday, and the link.
    const eml = fs.readFileSync(path.join(mailDir, mails[0].file), 'utf8');
    expect(eml).toContain('Auto-Submitted: auto-generated');
    const [row] = await sql<{ title_vi: string; body_vi: string; link: string; due_at: Date; scheduled_for: Date }>(
      `SELECT title_vi, body_vi, link, due_at, scheduled_for FROM notifications WHERE id = $1`,
      [first.notificationId],
    );
    expect(row.body_vi).toContain('hồ sơ "Áp dụng ISO 9001 tại Công ty A"');
    expect(row.body_vi).toContain('Thứ Hai, 24/11/2025');
    expect(row.link).toBe(`${BASE_URL}/applications/a1b2c3`);
    expect(row.due_at.toISOString()).toBe('2025-11-24T17:00:00.000Z');
    expect(row.scheduled_for.toISOString()).toBe('2025-11-19T01:00:00.000Z');
  });

  it("takes a user's address from the users table and shows the notification in the user's inbox", async () => {
    const userId = randomUUID();
    await sql(`INSERT INTO users (id, username, password_hash, display_name, roles, province_code, email) VALUES ($1, $2, 'x', 'Cán bộ thử', '{department-officer}', 'thanh-hoa', $3)`, [
      userId,
      `officer.${userId.slice(0, 8)}`,
      `${userId.slice(0, 8)}@example.gov.vn`,
    ]);
    const result = await activities.notify({ ...reminder(`task-${randomUUID()}:due-today`), recipient: { userId } });
    expect(result.deliveries.map((d) => [d.channel, d.status])).toEqual([
      ['in-app', 'delivered'],
      ['email', 'delivered'],
    ]);
    expect(mailsWith(result.deliveries[1].messageId as string)[0].to).toEqual([`${userId.slice(0, 8)}@example.gov.vn`]);
  });

  it('sends again after a refusal it knows of (the server was never reached), once', async () => {
    const request = reminder(`task-${randomUUID()}:escalate-unit-head`);
    const unreachable = new NotificationActivities(dataSource, {
      publicBaseUrl: BASE_URL,
      // Port 1 on localhost: connection refused, so nothing can have been sent.
      email: { transport: createSmtpTransport('smtp://127.0.0.1:1'), from: FROM },
    });
    await expect(unreachable.notify(request)).rejects.toMatchObject({ type: 'RetryableDeliveryError' });
    const [failed] = await sql<{ status: string; permanent_failure: boolean }>(`SELECT status, permanent_failure FROM email_deliveries WHERE dedup_key = $1`, [`${request.dedupKey}#email`]);
    expect(failed).toEqual({ status: 'failed', permanent_failure: false });

    const result = await activities.notify(request);
    expect(result.created).toBe(false);
    expect(result.deliveries[1]).toMatchObject({ channel: 'email', status: 'delivered' });
    expect(mailsWith(result.deliveries[1].messageId as string)).toHaveLength(1);
    const [sent] = await sql<{ status: string; attempts: number }>(`SELECT status, attempts FROM email_deliveries WHERE dedup_key = $1`, [`${request.dedupKey}#email`]);
    expect(sent).toEqual({ status: 'sent', attempts: 2 });
  });

  it('refuses a request that can never succeed without retrying it', async () => {
    await expect(activities.notify({ ...reminder(''), recipient: {} })).rejects.toMatchObject({ type: 'InvalidNotifyRequest', nonRetryable: true });
  });

  it('sends ONE e-mail when the activity fails after the SMTP server accepted it and Temporal retries it', async () => {
    // The fault: the first "mark sent" update after an accepted message fails, as if the database
    // connection dropped right after the server's 250. A sequence is not rolled back with the
    // failing statement, so the fault fires exactly once.
    await sql(`CREATE SEQUENCE test_fault_after_smtp`);
    await sql(`
      CREATE FUNCTION test_fail_first_sent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'sent' AND OLD.status = 'sending' AND nextval('test_fault_after_smtp') = 1 THEN
          RAISE EXCEPTION 'injected fault: lost the database after the SMTP server accepted the message';
        END IF;
        RETURN NEW;
      END $$`);
    await sql(`CREATE TRIGGER test_fail_first_sent BEFORE UPDATE ON email_deliveries FOR EACH ROW EXECUTE FUNCTION test_fail_first_sent()`);

    // A short grace period: the retry first waits for a possibly still-running attempt, then gives up on it.
    const retried = new NotificationActivities(dataSource, { publicBaseUrl: BASE_URL, email: { transport: createSmtpTransport(sink.url), from: FROM, inFlightGraceMs: 1_500 } });
    const { temporalAddress } = readHarnessState();
    const taskQueue = `notifications-${randomUUID()}`;
    const workerConnection = await NativeConnection.connect({ address: temporalAddress });
    const clientConnection = await Connection.connect({ address: temporalAddress });
    const client = new Client({ connection: clientConnection, namespace: 'default' });
    const request = reminder(`task-${randomUUID()}:reminder:before-1`);
    const workflowId = `notify-${randomUUID()}`;
    try {
      const worker = await Worker.create({
        connection: workerConnection,
        namespace: 'default',
        taskQueue,
        workflowsPath: require.resolve('./notifications-retry.workflow'),
        activities: activitiesOf(retried),
      });
      const result = await worker.runUntil(client.workflow.execute(notifyWithRetries, { taskQueue, workflowId, args: [request] }));

      const messageId = deterministicMessageId(`${request.dedupKey}#email`, 'sokhcn.thanhhoa.gov.vn');
      expect(mailsWith(messageId)).toHaveLength(1);
      expect(result.deliveries[1]).toMatchObject({ channel: 'email', status: 'uncertain', messageId });
      const [delivery] = await sql<{ status: string; needs_review: boolean; attempts: number }>(
        `SELECT status, needs_review, attempts FROM email_deliveries WHERE dedup_key = $1`,
        [`${request.dedupKey}#email`],
      );
      // Never re-sent (one SMTP attempt), left for a person to check.
      expect(delivery).toEqual({ status: 'sending', needs_review: true, attempts: 1 });
      expect(Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM notifications WHERE dedup_key = $1`, [request.dedupKey]))[0].n)).toBe(1);

      // Temporal really retried: the activity completed on attempt 3 (failed, waited out the grace period, settled).
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const attempts = (history.events ?? []).flatMap((event) => (event.activityTaskStartedEventAttributes ? [event.activityTaskStartedEventAttributes.attempt] : []));
      expect(attempts).toEqual([3]);
    } finally {
      await clientConnection.close();
      await workerConnection.close();
      await sql(`DROP TRIGGER test_fail_first_sent ON email_deliveries`);
    }
  });
});
