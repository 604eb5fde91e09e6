import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { NotificationActivities } from '../../activities/notifications/notification.activities';
import { SmtpSink } from '../../libs/local-servers/src/smtp-sink';
import { createSmtpTransport } from '../../libs/notifications/src/email/mail-transport';
import type { NotifyRequest } from '../../libs/notifications/src/notify-request';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  readAt: string | null;
  scheduledFor: string;
}
interface NotificationPage {
  items: NotificationItem[];
  total: number;
  page: number;
  pageSize: number;
  unreadCount: number;
}

describe('notifications API: my inbox, unread first (real API + PostgreSQL + SMTP sink)', () => {
  let stack: TestStack;
  let seed: DemoSeedResult;
  let sink: SmtpSink;
  let mailDir: string;
  let dataSource: DataSource;
  let activities: NotificationActivities;
  const as: Record<string, Record<string, string>> = {};
  const ids: Record<string, string> = {};

  const step = { vi: 'Tiếp nhận hồ sơ', en: 'Receive the application' };
  const request = (key: string, recipient: NotifyRequest['recipient']): NotifyRequest => ({
    dedupKey: `${key}-${randomUUID()}`,
    recipient,
    message: { kind: 'due-today', step, dueAt: '2025-11-24T17:00:00.000Z' },
    subject: { type: 'application', id: randomUUID(), label: 'Hồ sơ thử' },
    scheduledFor: '2025-11-24T01:00:00.000Z',
  });

  beforeAll(async () => {
    installQuietRuntime();
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-mail-'));
    sink = await SmtpSink.start({ dir: mailDir, port: 0 });
    // The API reads the sink's folder from the environment, as `npm start` hands it over.
    const previous = process.env.SMTP_SINK_DIR;
    process.env.SMTP_SINK_DIR = mailDir;
    try {
      stack = await startTestStack();
    } finally {
      if (previous === undefined) delete process.env.SMTP_SINK_DIR;
      else process.env.SMTP_SINK_DIR = previous;
    }
    seed = await seedDemoAccountsInto(stack.database.url);
    for (const username of ['officer.tdc', 'head.tdc', 'enterprise.a']) as[username] = await loginAs(stack.baseUrl, username);
    dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    activities = new NotificationActivities(dataSource, {
      publicBaseUrl: 'http://localhost:3000',
      email: { transport: createSmtpTransport(sink.url), from: 'Hệ thống NSCL <no-reply@nscl.localhost>' },
    });

    const officer = seed.users['officer.tdc'].id;
    const notify = async (name: string, recipient: NotifyRequest['recipient'], createdAt: string) => {
      const result = await activities.notify(request(name, recipient));
      ids[name] = result.notificationId;
      // Fixed creation times make "newest first" checkable.
      await stack.sql(`UPDATE notifications SET created_at = $2 WHERE id = $1`, [result.notificationId, createdAt]);
    };
    await notify('first', { userId: officer, email: 'officer.tdc@example.gov.vn' }, '2025-11-24T03:00:00Z');
    await notify('second', { userId: officer }, '2025-11-24T04:00:00Z');
    await notify('third', { userId: officer }, '2025-11-24T05:00:00Z');
    await notify('department', { departmentCode: 'thanh-hoa/chi-cuc-tdc' }, '2025-11-24T02:00:00Z');
    await notify('enterprise', { userId: seed.users['enterprise.a'].id }, '2025-11-24T06:00:00Z');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await stack?.stop();
    await sink?.stop();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  const list = (who: string, query = '', headers: Record<string, string> = {}) =>
    http<NotificationPage>(stack.baseUrl, 'GET', `/api/v1/notifications${query}`, { headers: { ...as[who], ...headers } });
  const markRead = (who: string, id: string) => http<NotificationItem>(stack.baseUrl, 'POST', `/api/v1/notifications/${id}/read`, { headers: as[who] });

  it('lists my notifications and my unit’s, unread first, then newest, in Vietnamese', async () => {
    expect((await markRead('officer.tdc', ids.third)).status).toBe(200);

    const response = await list('officer.tdc');
    expect(response.status).toBe(200);
    expect(response.body.items.map((item) => item.id)).toEqual([ids.second, ids.first, ids.department, ids.third]);
    expect(response.body).toMatchObject({ total: 4, page: 1, pageSize: 20, unreadCount: 3 });
    expect(response.body.items.map((item) => item.read)).toEqual([false, false, false, true]);
    expect(response.body.items[0]).toMatchObject({
      kind: 'due-today',
      title: 'Đến hạn hôm nay – Tiếp nhận hồ sơ',
      scheduledFor: '2025-11-24T01:00:00.000Z',
      link: expect.stringMatching(/^http:\/\/localhost:3000\/applications\//),
    });
    expect(response.body.items[0].body).toContain('Thứ Hai, 24/11/2025');
  });

  it('answers in English for Accept-Language: en, pages, and filters unread', async () => {
    const english = await list('officer.tdc', '', { 'accept-language': 'en-US,en;q=0.9' });
    expect(english.body.items[0].title).toBe('Due today – Receive the application');
    expect(english.body.items[0].body).toContain('Monday, 24 November 2025');

    const secondPage = await list('officer.tdc', '?page=2&pageSize=2');
    expect(secondPage.body.items.map((item) => item.id)).toEqual([ids.department, ids.third]);
    expect(secondPage.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });

    const unread = await list('officer.tdc', '?unread=true');
    expect(unread.body.items.map((item) => item.id)).toEqual([ids.second, ids.first, ids.department]);
    expect(unread.body.total).toBe(3);
  });

  it('marks read once: reading again keeps the first time, and the unread count drops', async () => {
    const first = await markRead('officer.tdc', ids.first);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: ids.first, read: true });
    const again = await markRead('officer.tdc', ids.first);
    expect(again.body.readAt).toBe(first.body.readAt);

    const count = await http<{ unreadCount: number }>(stack.baseUrl, 'GET', '/api/v1/notifications/unread-count', { headers: as['officer.tdc'] });
    expect(count).toMatchObject({ status: 200, body: { unreadCount: 2 } });
  });

  it("cannot read someone else's notification: 404, and it stays unread", async () => {
    const response = await markRead('enterprise.a', ids.second);
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, title: 'Không tìm thấy thông báo' });
    const [row] = await stack.sql<{ read_at: Date | null }>(`SELECT read_at FROM notifications WHERE id = $1`, [ids.second]);
    expect(row.read_at).toBeNull();

    const theirs = await list('enterprise.a');
    expect(theirs.body.items.map((item) => item.id)).toEqual([ids.enterprise]);
    // The unit head shares the department's inbox, not the officer's own notifications.
    const head = await list('head.tdc');
    expect(head.body.items.map((item) => item.id)).toEqual([ids.department]);
    expect((await markRead('head.tdc', ids.second)).status).toBe(404);
  });

  it('needs a signed-in caller', async () => {
    expect((await http(stack.baseUrl, 'GET', '/api/v1/notifications')).status).toBe(401);
  });

  it('shows the administrator, and nobody else, the e-mails the embedded SMTP sink received at GET /dev/mail (development only)', async () => {
    expect((await http(stack.baseUrl, 'GET', '/api/v1/dev/mail')).status).toBe(401);
    expect((await http(stack.baseUrl, 'GET', '/api/v1/dev/mail', { headers: await loginAs(stack.baseUrl, 'officer.tdc') })).status).toBe(403);
    const admin = await loginAs(stack.baseUrl, 'admin');
    const response = await http<{ items: { id: string; to: string[]; subject: string; messageId: string; from: string }[]; total: number }>(stack.baseUrl, 'GET', '/api/v1/dev/mail', { headers: admin });
    expect(response.status).toBe(200);
    // Only the first request named the officer's address; the sink keeps every message it accepted.
    const toOfficer = response.body.items.filter((mail) => mail.to.includes('officer.tdc@example.gov.vn'));
    expect(toOfficer).toHaveLength(1);
    expect(toOfficer[0]).toMatchObject({ subject: '[NSCL] Đến hạn hôm nay – Tiếp nhận hồ sơ', from: 'Hệ thống NSCL <no-reply@nscl.localhost>' });
    expect(response.body.total).toBe(sink.messages.length);

    const raw = await http<string>(stack.baseUrl, 'GET', `/api/v1/dev/mail/${toOfficer[0].id}`, { headers: admin });
    expect(raw.contentType).toContain('message/rfc822');
    expect(raw.body).toContain(`Message-ID: ${toOfficer[0].messageId}`);
    expect((await http(stack.baseUrl, 'GET', '/api/v1/dev/mail/..%2F..%2Fetc%2Fpasswd', { headers: admin })).status).toBe(404);
  });
});
