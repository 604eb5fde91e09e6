import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { SmtpSink, type ReceivedMail } from '../../libs/local-servers/src/smtp-sink';
import { deterministicMessageId } from '../../libs/notifications/src/email/message-id';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { CaseDriver } from '../harness/case-driver';
import { recordHistory } from '../harness/histories';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

const BASE_URL = 'https://nscl.thanhhoa.example';
/** The default MAIL_FROM's domain: e-mail Message-IDs are derived from the notification's key under it. */
const MAIL_DOMAIN = 'nscl.localhost';
const MEMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `council.member${n}`);
const STAFF = ['officer.tdc', 'head.tdc', 'officer.congthuong', 'officer.taichinh', 'approver.ubnd', 'officer.skhcn', 'council.secretary', 'manager'];
const PEOPLE = ['enterprise.a', ...STAFF, ...MEMBERS];
const IDENTIFICATION_ROLES = ['chair', 'vice-chair', 'secretary', 'reviewer', 'reviewer', 'member', 'member', 'member', 'member'];
const CRITERIA = ['necessity', 'novelty', 'feasibility', 'applicability'];

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  subject: { type: string; id: string } | null;
  dueAt: string | null;
}

/**
 * Who hears of what on a case from submission to the contract, with the real API, worker,
 * Temporal, PostgreSQL and an SMTP sink: every person who may act on a step is told once per
 * task, in the inbox and by e-mail, with the due date and a link to the task page.
 */
describe('task notices through a case, from submission to the contract (API, worker, Temporal, PostgreSQL, SMTP sink)', () => {
  let stack: TestStack;
  let driver: CaseDriver;
  let sink: SmtpSink;
  let mailDir: string;
  let userIds: Record<string, string>;
  const saved = { smtp: process.env.SMTP_URL, base: process.env.PUBLIC_BASE_URL };

  beforeAll(async () => {
    installQuietRuntime();
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-task-mail-'));
    sink = await SmtpSink.start({ dir: mailDir, port: 0 });
    // The worker reads its notification settings from the environment, as in production.
    process.env.SMTP_URL = sink.url;
    process.env.PUBLIC_BASE_URL = BASE_URL;
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    const seeded = await seedDemoAccountsInto(stack.database.url);
    userIds = Object.fromEntries(Object.entries(seeded.users).map(([username, user]) => [username, user.id]));
    const headers: Record<string, Record<string, string>> = {};
    for (const username of PEOPLE) headers[username] = await loginAs(stack.baseUrl, username);
    driver = new CaseDriver(stack, headers);
  });

  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
    if (mailDir) fs.rmSync(mailDir, { recursive: true, force: true });
    process.env.SMTP_URL = saved.smtp;
    process.env.PUBLIC_BASE_URL = saved.base;
  });

  jest.setTimeout(180_000);

  const inbox = async (username: string): Promise<Notification[]> => {
    const response = await driver.call(username, 'GET', '/notifications?pageSize=100');
    expect(response.status).toBe(200);
    return response.body.items as Notification[];
  };

  /** Polls `read` until `done` holds (bounded), and returns the last reading. */
  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
    let last = await read();
    for (let attempt = 0; attempt < 200 && !done(last); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await read();
    }
    if (!done(last)) throw new Error(`Never saw ${what}; last: ${JSON.stringify(last)}`);
    return last;
  }

  const mailsOf = (dedupKey: string): ReceivedMail[] => sink.messages.filter((mail) => mail.messageId === deterministicMessageId(`${dedupKey}#email`, MAIL_DOMAIN));

  it('tells every assignee of every step once, in the inbox and by e-mail, with the due date and a link; convened members are told too', async () => {
    // The title is edited after creation: notices use the edited one.
    const draft = await driver.call('enterprise.a', 'POST', '/applications', {
      title: 'Tiêu đề tạm',
      provinceCode: 'thanh-hoa',
      supportKind: 'management-systems',
      requestedAmountVnd: 300_000_000,
      sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;
    const title = 'Áp dụng ISO 9001 tại Công ty A (bản sửa)';
    expect((await driver.call('enterprise.a', 'PATCH', `/applications/${id}`, { title })).status).toBe(200);
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);

    // Intake asks for a supplement: the enterprise hears of it, with the date it is due.
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'request-supplement', { comment: 'Bổ sung báo cáo tài chính năm 2025' })).status).toBe(200);
    const supplement = await driver.awaitStep(id, 'supplement');
    const supplementTask = (supplement.currentTask as { id: string }).id;
    const told = await eventually(
      () => inbox('enterprise.a'),
      (items) => items.some((item) => item.kind === 'task-assigned'),
      'the supplement request in the enterprise inbox',
    );
    const request = told.find((item) => item.kind === 'task-assigned') as Notification;
    const [supplementRow] = await stack.sql<{ due_at: Date }>(`SELECT due_at FROM tasks WHERE id = $1`, [supplementTask]);
    expect(request).toMatchObject({ link: `${BASE_URL}/applications/${id}`, dueAt: supplementRow.due_at.toISOString(), subject: { type: 'application', id } });
    expect(request.title).toBe('Việc mới – Bổ sung hồ sơ');
    expect(request.body).toContain(`hồ sơ "${title}"`);
    expect(request.body).toMatch(/Hạn xử lý: Thứ [^,]+, \d{2}\/\d{2}\/\d{4}\./);
    // The decision that asked for it names the edited title and the reason.
    const decision = told.find((item) => item.kind === 'decision') as Notification;
    expect(decision.body).toContain(`hồ sơ "${title}"`);
    expect(decision.body).toContain('Bổ sung báo cáo tài chính năm 2025');
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/supplement`, { comment: 'Đã bổ sung' })).status).toBe(200);

    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    expect((await driver.decide(id, 'endorsement', 'officer.congthuong', 'endorse')).status).toBe(200);

    // The identification council is convened: each member is told, with the meeting date and a link to the council.
    await driver.awaitStep(id, 'identification-council');
    const members = MEMBERS.map((username, index) => ({ userId: userIds[username], role: IDENTIFICATION_ROLES[index] }));
    const council = await driver.call('council.secretary', 'POST', '/councils', { kind: 'identification', applicationId: id, members, meetingDate: '2026-12-10' });
    expect(council.status).toBe(201);
    const councilId = council.body.id as string;
    for (const username of MEMBERS) {
      const items = await eventually(() => inbox(username), (list) => list.some((item) => item.kind === 'council-convened'), `${username}'s convening notice`);
      const notices = items.filter((item) => item.kind === 'council-convened');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ link: `${BASE_URL}/councils/${councilId}`, dueAt: '2026-12-10T17:00:00.000Z' });
      expect(notices[0].title).toBe('Triệu tập hội đồng tư vấn xác định nhiệm vụ – họp Thứ Năm, 10/12/2026');
      expect(notices[0].body).toContain(`hồ sơ "${title}"`);
      await eventually(async () => mailsOf(`council:${councilId}:convened:${userIds[username]}`), (mails) => mails.length > 0, `${username}'s convening e-mail`);
    }
    const dat = Object.fromEntries(CRITERIA.map((criterion) => [criterion, 'dat']));
    for (const username of MEMBERS) expect((await driver.call(username, 'POST', `/councils/${councilId}/ballots`, { verdicts: dat, mode: 'tuyen-chon' })).status).toBe(201);
    expect((await driver.call('council.secretary', 'POST', `/councils/${councilId}/close`, {})).status).toBe(200);

    expect((await driver.decide(id, 'selection-council', 'council.secretary', 'selected')).status).toBe(200);
    expect((await driver.decide(id, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 250_000_000 } })).status).toBe(200);
    expect((await driver.decide(id, 'approval', 'approver.ubnd', 'approve')).status).toBe(200);

    // Sở KH&CN's officer signs the contract; the council secretary and the manager of the same Sở may not.
    const contract = await driver.awaitStep(id, 'contract');
    const contractTask = (contract.currentTask as { id: string }).id;
    const terms = { effectiveDate: '2026-12-01', durationMonths: 12 };
    expect((await driver.call('council.secretary', 'POST', `/tasks/${contractTask}/decision`, { outcome: 'signed', data: terms })).status).toBe(403);
    expect((await driver.call('manager', 'POST', `/tasks/${contractTask}/decision`, { outcome: 'signed', data: terms })).status).toBe(403);
    const secretaryInbox = await driver.call('council.secretary', 'GET', '/tasks?pageSize=100');
    expect((secretaryInbox.body.items as { id: string }[]).map((task) => task.id)).not.toContain(contractTask);
    expect((await driver.decide(id, 'contract', 'officer.skhcn', 'signed', { data: terms })).status).toBe(200);
    await driver.awaitStep(id, 'implementation');

    // Every task of the case so far, and who may act on each.
    const tasks = await stack.sql<{ id: string; step_code: string; due_at: Date | null }>(
      `SELECT id, step_code, due_at FROM tasks WHERE subject_id = $1 ORDER BY started_on, created_at`,
      [id],
    );
    const actorsOf: Record<string, string[]> = {
      intake: ['head.tdc', 'officer.tdc'],
      supplement: ['enterprise.a'],
      endorsement: ['officer.congthuong'],
      'identification-council': ['council.secretary'],
      'selection-council': ['council.secretary'],
      'budget-appraisal': ['officer.taichinh'],
      approval: ['approver.ubnd'],
      contract: ['officer.skhcn'],
      implementation: ['officer.skhcn'],
    };
    expect(tasks.map((task) => task.step_code).sort()).toEqual(['approval', 'budget-appraisal', 'contract', 'endorsement', 'identification-council', 'implementation', 'intake', 'intake', 'selection-council', 'supplement']);
    const expected = new Map<string, { taskId: string; dueAt: string | null; link: string }[]>();
    for (const task of tasks) {
      for (const username of actorsOf[task.step_code]) {
        const link = username === 'enterprise.a' ? `${BASE_URL}/applications/${id}` : `${BASE_URL}/tasks/${task.id}`;
        expected.set(username, [...(expected.get(username) ?? []), { taskId: task.id, dueAt: task.due_at?.toISOString() ?? null, link }]);
      }
    }

    for (const username of [...STAFF, 'enterprise.a']) {
      const mine = expected.get(username) ?? [];
      const items = await eventually(
        async () => (await inbox(username)).filter((item) => item.kind === 'task-assigned' && item.subject?.id === id),
        (list) => list.length >= mine.length,
        `${mine.length} task notices for ${username}`,
      );
      // Exactly one per task, each with the task's due date and its link.
      expect(items.map((item) => ({ dueAt: item.dueAt, link: item.link })).sort(byLink)).toEqual(mine.map(({ dueAt, link }) => ({ dueAt, link })).sort(byLink));
      for (const item of items) {
        expect(item.dueAt).not.toBeNull();
        expect(item.body).toContain(`"${title}"`);
      }
      for (const { taskId } of mine) {
        const mails = await eventually(async () => mailsOf(`task-assigned:${taskId}:${userIds[username]}`), (list) => list.length > 0, `the e-mail of task ${taskId} to ${username}`);
        expect(mails).toHaveLength(1);
        expect(mails[0].to).toEqual([`${username}@demo.nscl.invalid`]);
        expect(mails[0].subject).toMatch(/^\[NSCL\] Việc mới – /);
        const text = decodedMail(path.join(mailDir, mails[0].file));
        expect(text).toContain(`Xem chi tiết: ${username === 'enterprise.a' ? `${BASE_URL}/applications/${id}` : `${BASE_URL}/tasks/${taskId}`}`);
        expect(text).toMatch(/Hạn xử lý: Thứ [^,]+, \d{2}\/\d{2}\/\d{4}\./);
      }
    }
    // The manager acts on no step of it: no task notice (it hears of lateness through escalations).
    expect(expected.get('manager')).toBeUndefined();
    // Every task e-mail went to exactly the people expected, nobody else.
    const taskMails = sink.messages.filter((mail) => mail.subject.startsWith('[NSCL] Việc mới – '));
    expect(taskMails).toHaveLength([...expected.values()].reduce((sum, list) => sum + list.length, 0));
  });

  it('tells the new assignee of a reassigned task, once', async () => {
    const draft = await driver.call('enterprise.a', 'POST', '/applications', {
      title: 'Hồ sơ giao lại',
      provinceCode: 'thanh-hoa',
      supportKind: 'management-systems',
      requestedAmountVnd: 100_000_000,
      sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
    });
    const id = draft.body.id as string;
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);
    const intake = await driver.awaitStep(id, 'intake');
    const taskId = (intake.currentTask as { id: string }).id;
    const reassigned = await driver.call('manager', 'POST', `/tasks/${taskId}/reassign`, { to: { kind: 'user', id: userIds['officer.skhcn'] }, reason: 'Chi cục quá tải' });
    expect(reassigned.status).toBe(200);
    const items = await eventually(
      async () => (await inbox('officer.skhcn')).filter((item) => item.kind === 'task-assigned' && item.subject?.id === id),
      (list) => list.length > 0,
      'the reassignment notice',
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: 'Được giao xử lý – Tiếp nhận, kiểm tra tính hợp lệ', link: `${BASE_URL}/tasks/${taskId}` });
    expect(items[0].dueAt).not.toBeNull();
    await eventually(async () => mailsOf(`task-reassigned:${taskId}:1:${userIds['officer.skhcn']}`), (mails) => mails.length === 1, 'the reassignment e-mail');
    // The new assignee decides; nobody else of the old department can any more.
    expect((await driver.call('officer.tdc', 'POST', `/tasks/${taskId}/decision`, { outcome: 'accept' })).status).toBe(404);
    expect((await driver.call('officer.skhcn', 'POST', `/tasks/${taskId}/decision`, { outcome: 'accept' })).status).toBe(200);
    // A history with both notices, for the replay test (saved only with NSCL_RECORD_HISTORIES=1).
    const task = stack.temporal.workflow.getHandle(`task-${taskId}`);
    await task.result();
    await recordHistory('decision-task-reassigned-notified', task);
  });
});

const byLink = (a: { link: string | null }, b: { link: string | null }) => String(a.link).localeCompare(String(b.link));

/** The text of a stored message with its transfer encodings undone (quoted-printable or base64 parts). */
function decodedMail(file: string): string {
  const raw = fs.readFileSync(file, 'utf8');
  return raw
    .split(/\r?\n--[^\r\n]+\r?\n/)
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
        const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        return Buffer.from(bytes, 'latin1').toString('utf8');
      }
      return body;
    })
    .join('\n');
}
