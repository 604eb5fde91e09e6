import { loginAs } from '../harness/auth';
import { http, HttpResult } from '../harness/http';
import { asleepOnTimer } from '../harness/time-skipping';
import { startTimeSkippingStack, TimeSkippingApiStack } from '../harness/time-skipping-stack';

interface TaskItem {
  id: string;
  status: string;
  subject: { type: string; id: string };
  step: { code: string };
  assignee: { kind: string; id: string };
  dueDate: string | null;
}
interface NotificationItem {
  kind: string;
  title: string;
  body: string;
  subject: { type: string; id: string } | null;
}
interface ModelDetail {
  step: string | null;
  phase: string;
  steps: { step: string; completedAt: string | null; rounds: { outcome: string | null; comment: string | null; decidedBy: string | null }[] }[];
}

/**
 * Pilot-model step 2 is reviewed by Chi cục TĐC with the sponsoring department (process.md §B),
 * in parallel: each reviewer acts from their own inbox on their own task; a return by one
 * cancels the other's task with a notice; after the resubmission both approve and the step
 * completes. The selection must also combine every group (áp dụng đồng bộ).
 */
describe('pilot-model step 2 reviewed in parallel via the API, on a time-skipping server and PostgreSQL', () => {
  let stack: TimeSkippingApiStack;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    stack = await startTimeSkippingStack({ startAt: '2026-03-02T02:00:00Z', taskQueuePrefix: 'pm-parallel', api: true });
    for (const username of ['manager', 'enterprise.a', 'officer.tdc', 'officer.congthuong']) as[username] = await loginAs(stack.baseUrl, username);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  jest.setTimeout(150_000);

  const call = <T = Record<string, unknown>>(username: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> =>
    http<T>(stack.baseUrl, method, `/api/v1${path}`, { body, headers: { ...as[username], ...headers } });

  async function eventually<T>(what: string, read: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
    let last = await read();
    for (let attempt = 0; attempt < 200 && !ready(last); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await read();
    }
    if (!ready(last)) throw new Error(`${what} never happened; last seen: ${JSON.stringify(last)}`);
    return last;
  }

  /** The task of this model at `step` in `username`'s inbox (open by default), once it is there. */
  async function inboxTask(username: string, modelId: string, step: string, status = 'open', other?: string): Promise<TaskItem> {
    const matches = (task: TaskItem) => task.subject.id === modelId && task.step.code === step && task.id !== other;
    const inbox = await eventually(
      `a ${status} ${step} task in the inbox of ${username}`,
      () => call<{ items: TaskItem[] }>(username, 'GET', `/tasks?pageSize=100&status=${status}`),
      (response) => response.status === 200 && response.body.items.some(matches),
    );
    return inbox.body.items.find(matches) as TaskItem;
  }

  /** The step's submission clock, once asleep on its timer (a submission cancels it: see asleepOnTimer). */
  async function submissionOpen(modelId: string, step: string, previous?: string): Promise<TaskItem> {
    const clock = await inboxTask('manager', modelId, `${step}.submission`, 'open', previous);
    await asleepOnTimer(stack.env.client.workflow.getHandle(`task-${clock.id}`));
    return clock;
  }

  const submit = (modelId: string, step: string, deliverable: unknown, headers: Record<string, string> = {}) =>
    call('enterprise.a', 'POST', `/pilot-models/${modelId}/steps/${step}/submission`, { step, deliverable }, headers);
  const decide = (username: string, taskId: string, outcome: string, comment?: string) => call(username, 'POST', `/tasks/${taskId}/decision`, comment === undefined ? { outcome } : { outcome, comment });
  const detail = (modelId: string) => call<ModelDetail>('manager', 'GET', `/pilot-models/${modelId}`);

  it('opens both reviews at once; a return by one cancels the other with notice; after resubmission both approve and the step completes', async () => {
    const enterpriseId = stack.demo.enterprises['enterprise-a'];
    const created = await call('manager', 'POST', '/pilot-models', { enterpriseId, title: 'Mô hình điểm áp dụng đồng bộ tại Công ty A', provinceCode: 'thanh-hoa' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    await submissionOpen(id, 'assess');
    expect((await submit(id, 'assess', { measurements: [{ indicator: 'DEFECT_RATE', unit: '%', value: 4.5, date: '2026-03-01', source: 'QC records' }] })).status).toBe(200);
    expect((await decide('officer.tdc', (await inboxTask('officer.tdc', id, 'assess')).id, 'approve')).status).toBe(200);

    // Áp dụng đồng bộ: a selection without measurement assurance and technology is refused, naming both groups.
    const firstClock = await submissionOpen(id, 'select');
    const partial = [
      { catalogue: 'management-systems', code: 'ISO_9001', reason: 'Khách hàng xuất khẩu yêu cầu' },
      { catalogue: 'standards', code: 'tcvn', reason: 'Sản phẩm công bố theo TCVN' },
    ];
    const refused = await submit(id, 'select', { items: partial });
    expect(refused.status).toBe(422);
    expect(refused.contentType).toContain('application/problem+json');
    expect(String(refused.body.detail)).toContain('áp dụng đồng bộ');
    expect(String(refused.body.detail)).toContain('Đảm bảo đo lường');
    expect(String(refused.body.detail)).toContain('Công nghệ cao, công nghệ số');
    const inEnglish = await submit(id, 'select', { items: partial }, { 'accept-language': 'en' });
    expect(String(inEnglish.body.detail)).toMatch(/Measurement assurance.*High or digital technology/);
    // The typed DTO refuses a malformed item before the workflow sees it.
    const malformed = await submit(id, 'select', { items: [{ catalogue: 'recipes', code: 'x' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ type: expect.stringContaining('validation') });

    const selection = [
      ...partial,
      { catalogue: 'measurement-contents', code: 'methods', reason: 'Chuẩn hóa phương pháp thử' },
      { catalogue: 'technology', code: 'MES', reason: 'Số hóa theo dõi sản xuất' },
    ];
    expect((await submit(id, 'select', { items: selection.slice(0, 3) })).status).toBe(422);
    expect((await submit(id, 'select', { items: selection })).status).toBe(200);

    // Both reviewers find their own task, for their own department, each with its own due date.
    const tdcTask = await inboxTask('officer.tdc', id, 'select');
    const sponsorTask = await inboxTask('officer.congthuong', id, 'select');
    expect(tdcTask.id).not.toBe(sponsorTask.id);
    expect(tdcTask.assignee).toMatchObject({ kind: 'department', id: 'thanh-hoa/chi-cuc-tdc' });
    expect(sponsorTask.assignee).toMatchObject({ kind: 'department', id: 'thanh-hoa/so-cong-thuong' });
    expect(tdcTask.dueDate).toMatch(/^2026-0\d-\d\d$/);
    expect(sponsorTask.dueDate).toBe(tdcTask.dueDate);
    // Neither acts on the other's task.
    expect((await decide('officer.tdc', sponsorTask.id, 'approve')).status).toBe(404);

    // The sponsoring department returns it: the step goes back to the enterprise, Chi cục TĐC's task is cancelled with notice.
    expect((await decide('officer.congthuong', sponsorTask.id, 'return', 'Cần nêu rõ công nghệ MES áp dụng cho dây chuyền nào')).status).toBe(200);
    const cancelled = await inboxTask('officer.tdc', id, 'select', 'cancelled');
    expect(cancelled.id).toBe(tdcTask.id);
    const notices = await eventually(
      'the cancellation notice to officer.tdc',
      () => call<{ items: NotificationItem[] }>('officer.tdc', 'GET', '/notifications?pageSize=100'),
      (response) => response.status === 200 && response.body.items.some((notice) => notice.kind === 'task-cancelled' && notice.subject?.id === id),
    );
    const notice = notices.body.items.find((item) => item.kind === 'task-cancelled') as NotificationItem;
    expect(notice.title).toContain('Công việc đã hủy');
    expect(notice.body).toContain('officer.congthuong');
    expect(notice.body).toContain('Trả lại');
    expect(notice.body).toContain('Cần nêu rõ công nghệ MES');
    expect((await decide('officer.tdc', tdcTask.id, 'approve')).status).toBe(409);
    const returned = await eventually('the returned step', () => detail(id), (response) => response.body.step === 'select' && response.body.phase === 'submission');
    expect(returned.body.steps[1].rounds).toEqual([expect.objectContaining({ outcome: 'return', decidedBy: 'officer.congthuong', comment: 'Cần nêu rõ công nghệ MES áp dụng cho dây chuyền nào' })]);

    // Resubmitted: two new tasks; the first approval alone does not complete the step, the second does.
    await submissionOpen(id, 'select', firstClock.id);
    const revised = selection.map((item) => (item.code === 'MES' ? { ...item, reason: 'MES cho dây chuyền đóng gói' } : item));
    expect((await submit(id, 'select', { items: revised })).status).toBe(200);
    const tdcAgain = await inboxTask('officer.tdc', id, 'select', 'open', tdcTask.id);
    const sponsorAgain = await inboxTask('officer.congthuong', id, 'select', 'open', sponsorTask.id);
    expect((await decide('officer.tdc', tdcAgain.id, 'approve')).status).toBe(200);
    await inboxTask('officer.tdc', id, 'select', 'decided', tdcTask.id);
    const waiting = await detail(id);
    expect(waiting.body).toMatchObject({ step: 'select', phase: 'review' });
    expect((await decide('officer.congthuong', sponsorAgain.id, 'approve', 'Đồng ý')).status).toBe(200);

    const planning = await eventually('step 3', () => detail(id), (response) => response.body.step === 'plan');
    expect(planning.body.steps[1].completedAt).not.toBeNull();
    expect(planning.body.steps[1].rounds.map((round) => `${round.outcome} by ${round.decidedBy}`)).toEqual(['return by officer.congthuong', 'approve by officer.tdc, officer.congthuong']);
    // Only the first round's Chi cục TĐC task was cancelled; nobody else was told of a cancellation.
    const sponsorNotices = await call<{ items: NotificationItem[] }>('officer.congthuong', 'GET', '/notifications?pageSize=100');
    expect(sponsorNotices.body.items.filter((item) => item.kind === 'task-cancelled')).toEqual([]);
    expect(notices.body.items.filter((item) => item.kind === 'task-cancelled' && item.subject?.id === id)).toHaveLength(1);

    // The remaining steps are the six-step test's: the model is ended here. Its replay fixture
    // (pilot-model-parallel-review.json) was recorded with the manager's termination through the API,
    // which on this time-skipping server now outlasts the API's bound (see the closing note).
    await stack.env.client.workflow.getHandle(`pilot-model-${id}`).terminate('end of the parallel-review scenario');
  });
});
