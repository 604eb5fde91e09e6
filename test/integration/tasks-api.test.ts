import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEFAULT_REMINDERS } from '../../libs/domain/src/procedures/reminder-policy';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import type { decisionTaskWorkflow } from '../../workflows/decision/decision-task.workflow';
import { DecisionTaskInput, taskStateQuery } from '../../workflows/decision/messages';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

describe('tasks API (inbox, claim, decision, reassign, extend) on real servers', () => {
  let stack: TestStack;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    await seedDemoAccountsInto(stack.database.url);
    for (const username of ['officer.tdc', 'head.tdc', 'officer.congthuong', 'manager', 'manager.hungyen', 'enterprise.a']) as[username] = await loginAs(stack.baseUrl, username);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** Opens a decision task the way the case workflows do, and waits until its row is in the inbox table. */
  async function openTask(overrides: Partial<DecisionTaskInput> = {}): Promise<string> {
    const input: DecisionTaskInput = {
      taskId: randomUUID(),
      subject: { type: 'application', id: randomUUID(), title: 'Áp dụng 5S tại Công ty A', provinceCode: 'thanh-hoa' },
      step: { code: 'intake', name: { vi: 'Tiếp nhận, kiểm tra tính hợp lệ', en: 'Intake and completeness check' } },
      assignee: { kind: 'department', id: 'thanh-hoa/chi-cuc-tdc' },
      outcomes: [
        { code: 'accept', label: { vi: 'Tiếp nhận', en: 'Accept' } },
        { code: 'reject', label: { vi: 'Từ chối', en: 'Reject' }, requiresComment: true },
      ],
      timeLimit: { amount: 7, unit: 'working' },
      reminders: DEFAULT_REMINDERS,
      escalation: {},
      ...overrides,
    };
    const handle = await stack.temporal.workflow.start<typeof decisionTaskWorkflow>('decisionTaskWorkflow', {
      taskQueue: stack.temporalOptions.taskQueue,
      workflowId: `task-${input.taskId}`,
      args: [input],
    });
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const [row] = await stack.sql('SELECT 1 FROM tasks WHERE id = $1', [input.taskId]);
      if (row && (await handle.query(taskStateQuery)).dueDate) return input.taskId;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('task row never appeared');
  }

  const call = (username: string, method: string, path: string, body?: unknown) => http(stack.baseUrl, method, `/api/v1${path}`, { body, headers: as[username] });

  it('lists open decisions for those who may act, soonest due first, with overdue flags and outcomes', async () => {
    const later = await openTask({ timeLimit: { amount: 20, unit: 'working' } });
    const sooner = await openTask({ timeLimit: { amount: 3, unit: 'working' } });
    const inbox = await call('officer.tdc', 'GET', '/tasks?pageSize=100');
    expect(inbox.status).toBe(200);
    const ids = (inbox.body.items as { id: string }[]).map((item) => item.id);
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(later));
    const item = (inbox.body.items as Record<string, unknown>[]).find((candidate) => candidate.id === sooner);
    expect(item).toMatchObject({
      kind: 'decision',
      step: { code: 'intake', name: 'Tiếp nhận, kiểm tra tính hợp lệ' },
      assignee: { kind: 'department', id: 'thanh-hoa/chi-cuc-tdc' },
      overdue: false,
      allowedOutcomes: [
        { code: 'accept', label: 'Tiếp nhận', requiresComment: false },
        { code: 'reject', label: 'Từ chối', requiresComment: true },
      ],
    });

    for (const outsider of ['officer.congthuong', 'enterprise.a', 'manager.hungyen']) {
      const theirs = await call(outsider, 'GET', '/tasks?pageSize=100');
      const listed = theirs.status === 200 ? (theirs.body.items as { id: string }[]).map((t) => t.id) : [];
      expect({ outsider, sees: listed.includes(sooner) }).toEqual({ outsider, sees: false });
    }
    const managerView = await call('manager', 'GET', '/tasks?pageSize=100');
    expect((managerView.body.items as { id: string }[]).map((t) => t.id)).toEqual(expect.arrayContaining([sooner, later]));
  });

  it('lets exactly one of two officers deciding at once win; the other gets 409', async () => {
    const id = await openTask();
    const [first, second] = await Promise.all([
      call('officer.tdc', 'POST', `/tasks/${id}/decision`, { outcome: 'accept', comment: 'Đủ hồ sơ' }),
      call('head.tdc', 'POST', `/tasks/${id}/decision`, { outcome: 'accept' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.contentType).toContain('application/problem+json');
    const [row] = await stack.sql<{ status: string; outcome: string }>('SELECT status, outcome FROM tasks WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'decided', outcome: 'accept' });
  });

  it('answers 422 for an outcome not allowed or a missing reason, 404 for a task the caller cannot see', async () => {
    const id = await openTask();
    const notAllowed = await call('officer.tdc', 'POST', `/tasks/${id}/decision`, { outcome: 'approve' });
    expect(notAllowed.status).toBe(422);
    expect(notAllowed.body.detail).toBe('Kết quả "approve" không được phép; chọn một trong: accept, reject.');
    const noReason = await call('officer.tdc', 'POST', `/tasks/${id}/decision`, { outcome: 'reject' });
    expect(noReason.status).toBe(422);
    expect((await call('officer.congthuong', 'POST', `/tasks/${id}/decision`, { outcome: 'accept' })).status).toBe(404);
    expect((await call('officer.tdc', 'POST', `/tasks/${randomUUID()}/decision`, { outcome: 'accept' })).status).toBe(404);
  });

  it('lets an officer claim a department task, after which a colleague cannot decide it', async () => {
    const id = await openTask();
    const claimed = await call('officer.tdc', 'POST', `/tasks/${id}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body.claimedBy).toBeTruthy();
    expect((await call('head.tdc', 'POST', `/tasks/${id}/decision`, { outcome: 'accept' })).status).toBe(409);
    expect((await call('officer.tdc', 'POST', `/tasks/${id}/decision`, { outcome: 'accept' })).status).toBe(200);
  });

  it('lets only the province manager extend with a reason or reassign', async () => {
    const id = await openTask();
    const before = (await stack.sql<{ due: string }>('SELECT due_date::text AS due FROM tasks WHERE id = $1', [id]))[0].due;
    expect((await call('officer.tdc', 'POST', `/tasks/${id}/extend`, { amount: 3, unit: 'working', reason: 'x' })).status).toBe(403);
    expect((await call('manager', 'POST', `/tasks/${id}/extend`, { amount: 3, unit: 'working' })).status).toBe(400);
    const extended = await call('manager', 'POST', `/tasks/${id}/extend`, { amount: 3, unit: 'working', reason: 'Chờ ý kiến chuyên gia' });
    expect(extended.status).toBe(200);
    expect(String(extended.body.dueDate) > before).toBe(true);
    expect(extended.body.extensions).toEqual([expect.objectContaining({ amount: 3, unit: 'working', reason: 'Chờ ý kiến chuyên gia', by: 'manager' })]);

    const reassigned = await call('manager', 'POST', `/tasks/${id}/reassign`, { to: { kind: 'department', id: 'thanh-hoa/so-cong-thuong' }, reason: 'Chuyển Sở Công Thương' });
    expect(reassigned.status).toBe(200);
    expect((await call('officer.tdc', 'POST', `/tasks/${id}/decision`, { outcome: 'accept' })).status).toBe(404);
    expect((await call('officer.congthuong', 'POST', `/tasks/${id}/decision`, { outcome: 'accept' })).status).toBe(200);
  });
});
