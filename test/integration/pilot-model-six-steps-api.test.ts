import { loginAs } from '../harness/auth';
import { http, HttpResult } from '../harness/http';
import { asleepOnTimer } from '../harness/time-skipping';
import { startTimeSkippingStack, TimeSkippingApiStack } from '../harness/time-skipping-stack';

interface TaskItem {
  id: string;
  subject: { type: string; id: string };
  step: { code: string; name: string };
  assignee: { kind: string; id: string };
  dueDate: string | null;
}
interface NotificationItem {
  kind: string;
  title: string;
  body: string;
  subject: { type: string; id: string } | null;
  scheduledFor: string;
}
interface ModelDetail {
  status: string;
  step: string | null;
  phase: string;
  steps: { step: string; startedAt: string; completedAt: string | null; rounds: { outcome: string | null; comment: string | null; decidedBy: string | null }[] }[];
  milestones: { id: string; itemCode: string; title: string; status: string; waivedReason: string | null; progress: { note: string; evidence: string[] }[] }[];
  openTasks: { id: string; step: string }[];
  timeline: { at: string; action: string; actor: string; comment: string | null }[];
  baselineVersusAfter: { indicator: string; unit: string; direction: string; baselineValue: number; afterValue: number; absoluteChange: number; percentChange: number | null; improved: boolean | null }[] | null;
}

/** Steps 5 and 6 are reviewed by Sở KH&CN (a department task), decided by its officer. */
const KHCN_REVIEWER = 'officer.skhcn';

/** Applied together (áp dụng đồng bộ): an item of every group the procedure names, and a milestone for each. */
const SELECTION = [
  { catalogue: 'management-systems', code: 'ISO_9001', reason: 'Khách hàng xuất khẩu yêu cầu' },
  { catalogue: 'improvement-tools', code: '5s', reason: 'Nhà xưởng lộn xộn' },
  { catalogue: 'standards', code: 'tcvn', reason: 'Sản phẩm công bố theo TCVN' },
  { catalogue: 'measurement-contents', code: 'methods', reason: 'Chuẩn hóa phương pháp thử' },
  { catalogue: 'technology', code: 'MES', reason: 'Số hóa theo dõi sản xuất' },
];
const PLAN = [
  { itemCode: 'ISO_9001', title: 'Đánh giá chứng nhận ISO 9001', owner: 'QMR', dueDate: '2026-06-30', budgetLine: 'NSNN 2026' },
  { itemCode: '5s', title: 'Triển khai 5S toàn xưởng', owner: 'Quản đốc', dueDate: '2026-04-20', budgetLine: 'Vốn DN' },
  { itemCode: 'tcvn', title: 'Công bố tiêu chuẩn áp dụng', owner: 'Phòng KT', dueDate: '2026-06-30', budgetLine: 'Vốn DN' },
  { itemCode: 'methods', title: 'Chuẩn hóa phương pháp thử', owner: 'Phòng QC', dueDate: '2026-06-30', budgetLine: 'NSNN 2026' },
  { itemCode: 'MES', title: 'Triển khai MES', owner: 'Phòng CNTT', dueDate: '2026-06-30', budgetLine: 'Vốn DN' },
];

/** An instant read as its date and time in Hà Nội. */
const hanoi = (instant: string) => new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * One pilot model through its six steps (process.md §B) with the real API and worker, on a
 * time-skipping server whose clock starts Monday 2 March 2026, 09:00 in Hà Nội: a returned
 * submission, an overdue milestone that escalates, and the certificate expiry reminders of 2027.
 */
describe('a pilot model through six steps via the API, on a time-skipping server and PostgreSQL', () => {
  let stack: TimeSkippingApiStack;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    stack = await startTimeSkippingStack({ startAt: '2026-03-02T02:00:00Z', taskQueuePrefix: 'pm-api', api: true });
    for (const username of ['manager', 'enterprise.a', 'officer.tdc', 'officer.congthuong', KHCN_REVIEWER]) as[username] = await loginAs(stack.baseUrl, username);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // Five milestones, their clocks and notices: minutes on a loaded machine.
  jest.setTimeout(300_000);

  const call = <T = Record<string, unknown>>(username: string, method: string, path: string, body?: unknown): Promise<HttpResult<T>> =>
    http<T>(stack.baseUrl, method, `/api/v1${path}`, { body, headers: as[username] });

  async function eventually<T>(what: string, read: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
    let last = await read();
    for (let attempt = 0; attempt < 200 && !ready(last); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await read();
    }
    if (!ready(last)) throw new Error(`${what} never happened; last seen: ${JSON.stringify(last)}`);
    return last;
  }

  /** The open task of this model at `stepCode` (and, for milestones, of this name) as the manager's inbox shows it. */
  async function openTask(modelId: string, stepCode: string, name?: string, other?: string): Promise<TaskItem> {
    const matches = (task: TaskItem) => task.subject.id === modelId && task.step.code === stepCode && (name === undefined || task.step.name.includes(name)) && task.id !== other;
    const inbox = await eventually(
      `an open ${stepCode} task`,
      () => call<{ items: TaskItem[] }>('manager', 'GET', '/tasks?pageSize=100'),
      (response) => response.status === 200 && response.body.items.some(matches),
    );
    return inbox.body.items.find(matches) as TaskItem;
  }

  /** A clock task asleep on its reminder timer: a submission or milestone report (each cancels its clock) is sent only then (see asleepOnTimer). */
  async function clockAsleep(taskId: string): Promise<void> {
    await asleepOnTimer(stack.env.client.workflow.getHandle(`task-${taskId}`));
  }

  /** Waits until the model's certificate expiry reminders (its ABANDON child) have completed. */
  async function reminderChildCompleted(modelId: string): Promise<void> {
    const handle = stack.env.client.workflow.getHandle(`pilot-model-${modelId}-certificates`);
    for (let attempt = 0; attempt < 300; attempt += 1) {
      if ((await handle.describe()).status.name === 'COMPLETED') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The certificate expiry reminders never completed');
  }

  /** The step's submission clock, once asleep; returns its task. */
  async function submissionOpen(modelId: string, step: string, previous?: string): Promise<TaskItem> {
    const clock = await openTask(modelId, `${step}.submission`, undefined, previous);
    await clockAsleep(clock.id);
    return clock;
  }

  const submit = (modelId: string, step: string, deliverable: unknown) => call('enterprise.a', 'POST', `/pilot-models/${modelId}/steps/${step}/submission`, { deliverable });

  /** The reviewer decides the step's review task from their own inbox. */
  async function review(modelId: string, step: string, reviewer: string, outcome: string, comment?: string): Promise<HttpResult> {
    const inbox = await eventually(
      `the ${step} review in the inbox of ${reviewer}`,
      () => call<{ items: TaskItem[] }>(reviewer, 'GET', '/tasks?pageSize=100'),
      (response) => response.status === 200 && response.body.items.some((task) => task.subject.id === modelId && task.step.code === step),
    );
    const task = inbox.body.items.find((candidate) => candidate.subject.id === modelId && candidate.step.code === step) as TaskItem;
    return call(reviewer, 'POST', `/tasks/${task.id}/decision`, comment === undefined ? { outcome } : { outcome, comment });
  }

  const detail = (modelId: string) => call<ModelDetail>('manager', 'GET', `/pilot-models/${modelId}`);
  const atStep = (modelId: string, step: string | null, phase?: string) =>
    eventually(`step ${step} (${phase ?? 'any phase'})`, () => detail(modelId), (response) => response.body.step === step && (phase === undefined || response.body.phase === phase));

  async function noticesAbout(username: string, modelId: string, ready: (items: NotificationItem[]) => boolean = () => true): Promise<NotificationItem[]> {
    const response = await eventually(
      `notifications of ${username}`,
      () => call<{ items: NotificationItem[] }>(username, 'GET', '/notifications?pageSize=100'),
      (candidate) => candidate.status === 200 && ready(candidate.body.items.filter((notice) => notice.subject?.id === modelId)),
    );
    return response.body.items.filter((notice) => notice.subject?.id === modelId).sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || a.kind.localeCompare(b.kind));
  }

  it('runs the six steps with a return, an escalated milestone, a completed dashboard entry and certificate expiry reminders', async () => {
    const enterpriseId = stack.demo.enterprises['enterprise-a'];
    const created = await call('manager', 'POST', '/pilot-models', { enterpriseId, title: 'Mô hình điểm ISO 9001 + 5S tại Công ty A', provinceCode: 'thanh-hoa' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    // Step 1: the submission clock is on the enterprise, due 20 working days after 2/3; officer.tdc approves the baseline.
    const assessClock = await submissionOpen(id, 'assess');
    expect(assessClock).toMatchObject({ dueDate: '2026-03-30', assignee: { kind: 'enterprise', id: enterpriseId } });
    const baseline = [
      { indicator: 'DEFECT_RATE', unit: '%', value: 4.5, date: '2026-03-01', source: 'QC records' },
      { indicator: 'LABOUR_PRODUCTIVITY', unit: 'VND/người/năm', value: 200_000_000, date: '2026-03-01', source: 'Báo cáo tài chính 2025' },
      { indicator: 'CUSTOMER_COMPLAINTS', unit: 'lần/quý', value: 4, date: '2026-03-01', source: 'Sổ khiếu nại khách hàng' },
    ];
    expect((await submit(id, 'select', { items: SELECTION })).status).toBe(409);
    expect((await submit(id, 'assess', { measurements: baseline })).status).toBe(200);
    expect((await review(id, 'assess', 'officer.tdc', 'approve')).status).toBe(200);

    // Step 2: returned once with a comment (a return needs one), resubmitted, approved by both reviewers
    // (Chi cục TĐC and the sponsoring department review in parallel: pilot-model-parallel-review-api.test.ts).
    const firstSelectClock = await submissionOpen(id, 'select');
    expect(firstSelectClock.dueDate).toBe('2026-03-16');
    expect((await submit(id, 'select', { items: SELECTION.map((item, index) => (index === 0 ? { ...item, code: 'ISO_0000' } : item)) })).status).toBe(422);
    expect((await submit(id, 'select', { items: SELECTION.filter((item) => item.code !== '5s') })).status).toBe(200);
    const uncommented = await review(id, 'select', 'officer.tdc', 'return');
    expect(uncommented.status).toBe(422);
    expect(uncommented.body).toMatchObject({ type: expect.stringContaining('task-comment-required') });
    expect((await review(id, 'select', 'officer.tdc', 'return', 'Bổ sung công cụ cải tiến năng suất')).status).toBe(200);
    await submissionOpen(id, 'select', firstSelectClock.id);
    expect((await submit(id, 'select', { items: SELECTION })).status).toBe(200);
    expect((await review(id, 'select', 'officer.tdc', 'approve')).status).toBe(200);
    expect((await review(id, 'select', 'officer.congthuong', 'approve')).status).toBe(200);

    // Step 3: one milestone per selected item.
    await submissionOpen(id, 'plan');
    const plan = await submit(id, 'plan', { milestones: PLAN });
    expect(plan.status).toBe(200);
    expect((await review(id, 'plan', 'officer.tdc', 'approve')).status).toBe(200);

    // Step 4: a clock per milestone; the 5S one is reported on, then left to run late.
    const implementing = await atStep(id, 'implement', 'milestones');
    const fiveS = implementing.body.milestones.find((milestone) => milestone.itemCode === '5s') as ModelDetail['milestones'][number];
    const iso = implementing.body.milestones.find((milestone) => milestone.itemCode === 'ISO_9001') as ModelDetail['milestones'][number];
    const laterOnes = implementing.body.milestones.filter((milestone) => !['5s', 'ISO_9001'].includes(milestone.itemCode));
    const fiveSClock = await openTask(id, 'implement.milestone', 'Triển khai 5S toàn xưởng');
    const isoClock = await openTask(id, 'implement.milestone', 'Đánh giá chứng nhận ISO 9001');
    expect([fiveSClock.dueDate, isoClock.dueDate]).toEqual(['2026-04-20', '2026-06-30']);
    expect((await call('enterprise.a', 'POST', `/pilot-models/${id}/milestones/${fiveS.id}/progress`, { status: 'in-progress', note: 'Đã đào tạo 5S', evidence: [] })).status).toBe(200);

    // Due Monday 20/4. Monday 27/4 is the day off in lieu of Giỗ Tổ Hùng Vương (Sunday 26/4), so the
    // manager's escalation, 5 working days after the unit head's (21/4), falls on Wednesday 29/4.
    await stack.sleepUntil('2026-04-29T02:00:00Z');
    const toManager = await noticesAbout('manager', id, (items) => items.some((notice) => notice.kind === 'escalation'));
    expect(toManager.map((notice) => `${hanoi(notice.scheduledFor)} ${notice.kind}`)).toEqual(['2026-04-29 08:00 escalation']);
    expect(toManager[0].title).toContain('Triển khai 5S toàn xưởng');
    const clockKinds = ['reminder', 'due-today', 'escalation'];
    const toEnterprise = (await noticesAbout('enterprise.a', id, (items) => items.filter((notice) => clockKinds.includes(notice.kind)).length >= 7)).filter((notice) => clockKinds.includes(notice.kind));
    // Besides the clocks, the enterprise heard of each submission due (steps 1–3, the returned step 2 again, one per milestone) and of each review's outcome.
    const told = await noticesAbout('enterprise.a', id);
    expect(told.filter((notice) => notice.kind === 'task-assigned')).toHaveLength(4 + PLAN.length);
    expect(told.filter((notice) => notice.kind === 'decision').map((notice) => notice.title).sort()).toEqual([
      'Kết quả: Chấp thuận – Lựa chọn',
      'Kết quả: Chấp thuận – Xây dựng kế hoạch',
      'Kết quả: Chấp thuận – Đánh giá thực trạng',
      'Kết quả: Trả lại, yêu cầu chỉnh sửa – Lựa chọn',
    ]);
    expect(toEnterprise.map((notice) => `${hanoi(notice.scheduledFor)} ${notice.kind}`)).toEqual([
      '2026-04-15 08:00 reminder',
      '2026-04-17 08:00 reminder',
      '2026-04-20 08:00 due-today',
      '2026-04-21 08:00 escalation',
      '2026-04-23 08:00 escalation',
      '2026-04-28 08:00 escalation',
      '2026-04-29 08:00 escalation',
    ]);
    const late = await detail(id);
    const reminders = late.body.timeline.filter((item) => /^task\.(before-due|due-today|overdue|escalate-)/.test(item.action)).map((item) => `${item.action} ${item.comment} by ${item.actor}`);
    expect(reminders).toEqual([
      'task.before-due 2026-04-15 by decisionTaskWorkflow',
      'task.before-due 2026-04-17 by decisionTaskWorkflow',
      'task.due-today 2026-04-20 by decisionTaskWorkflow',
      'task.escalate-unit-head 2026-04-21 by decisionTaskWorkflow',
      'task.overdue 2026-04-23 by decisionTaskWorkflow',
      'task.overdue 2026-04-28 by decisionTaskWorkflow',
      'task.escalate-manager 2026-04-29 by decisionTaskWorkflow',
    ]);

    // The late milestone is finished (with evidence), the other waived by the reviewing department; both clocks stop.
    await clockAsleep(fiveSClock.id);
    await clockAsleep(isoClock.id);
    expect((await call('enterprise.a', 'POST', `/pilot-models/${id}/milestones/${fiveS.id}/progress`, { status: 'done', note: 'Xong', evidence: [] })).status).toBe(422);
    expect((await call('enterprise.a', 'POST', `/pilot-models/${id}/milestones/${fiveS.id}/progress`, { status: 'done', note: 'Hoàn thành 5S', evidence: ['doc:5s-audit-report'] })).status).toBe(200);
    expect((await call('enterprise.a', 'POST', `/pilot-models/${id}/milestones/${iso.id}/waiver`, { reason: 'x' })).status).toBe(403);
    expect((await call('officer.tdc', 'POST', `/pilot-models/${id}/milestones/${iso.id}/waiver`, { reason: 'Đánh giá chứng nhận chuyển sang bước 5' })).status).toBe(200);
    for (const milestone of laterOnes) {
      await clockAsleep((await openTask(id, 'implement.milestone', milestone.title)).id);
      expect((await call('officer.tdc', 'POST', `/pilot-models/${id}/milestones/${milestone.id}/waiver`, { reason: 'Đánh giá chứng nhận chuyển sang bước 5' })).status).toBe(200);
    }
    expect((await review(id, 'implement', 'officer.tdc', 'approve')).status).toBe(200);

    // Step 5: a certificate for ISO 9001 (expiring 30/6/2027), a recognition decision for 5S.
    await submissionOpen(id, 'evaluate');
    const evaluated = await submit(id, 'evaluate', {
      recognitions: [
        { itemCode: 'ISO_9001', kind: 'certificate', number: 'QMS-2026-0417', body: 'QUACERT', issuedOn: '2026-05-04', expiresOn: '2027-06-30' },
        ...SELECTION.filter((item) => item.code !== 'ISO_9001').map((item, index) => ({ itemCode: item.code, kind: 'recognition', decisionNumber: `${12 + index}/QĐ-TĐC`, decidedBy: 'Chi cục TĐC Thanh Hóa', decidedOn: '2026-05-04' })),
      ],
    });
    expect(evaluated.status).toBe(200);
    // Sở KH&CN reviews steps 5 and 6: Chi cục TĐC's officer no longer sees the task.
    const evaluation = await openTask(id, 'evaluate');
    expect(evaluation.assignee).toEqual(expect.objectContaining({ kind: 'department', id: 'thanh-hoa/so-khcn' }));
    expect((await call('officer.tdc', 'POST', `/tasks/${evaluation.id}/decision`, { outcome: 'approve' })).status).toBe(404);
    expect((await review(id, 'evaluate', KHCN_REVIEWER, 'approve')).status).toBe(200);

    // Step 6: a unit mismatch is refused with the domain's code; then the after figures close the model.
    await submissionOpen(id, 're-evaluate');
    const after = [
      { indicator: 'DEFECT_RATE', unit: '%', value: 2.5, date: '2026-09-01', source: 'QC records' },
      { indicator: 'LABOUR_PRODUCTIVITY', unit: 'VND/người/năm', value: 250_000_000, date: '2026-09-01', source: 'Báo cáo 9 tháng' },
      { indicator: 'CUSTOMER_COMPLAINTS', unit: 'lần/quý', value: 5, date: '2026-09-01', source: 'Sổ khiếu nại khách hàng' },
    ];
    const mismatch = await submit(id, 're-evaluate', { measurements: [after[0], { ...after[1], unit: 'triệu VND/người/năm' }, after[2]], conclusion: 'Đạt' });
    expect(mismatch.status).toBe(422);
    expect(String(mismatch.body.detail)).toContain('UNIT_MISMATCH');
    expect((await submit(id, 're-evaluate', { measurements: after, conclusion: 'Năng suất tăng 25 %, tỷ lệ lỗi giảm; khiếu nại tăng nhẹ.' })).status).toBe(200);
    expect((await review(id, 're-evaluate', KHCN_REVIEWER, 'approve')).status).toBe(200);

    const done = await eventually('the completed model', () => detail(id), (response) => response.body.status === 'completed');
    expect(done.body).toMatchObject({ status: 'completed', step: null, openTasks: [] });
    expect(done.body.steps.map((step) => ({ step: step.step, done: step.completedAt !== null }))).toEqual(
      ['assess', 'select', 'plan', 'implement', 'evaluate', 're-evaluate'].map((step) => ({ step, done: true })),
    );
    expect(done.body.steps[1].rounds.map((round) => `${round.outcome} by ${round.decidedBy}${round.comment ? `: ${round.comment}` : ''}`)).toEqual([
      'return by officer.tdc: Bổ sung công cụ cải tiến năng suất',
      'approve by officer.tdc, officer.congthuong',
    ]);
    const finalMilestones = done.body.milestones.map(({ itemCode, status, waivedReason, progress }) => ({ itemCode, status, waivedReason, notes: progress.map((entry) => entry.note) }));
    expect(finalMilestones).toHaveLength(PLAN.length);
    expect(finalMilestones).toEqual(
      expect.arrayContaining([
        { itemCode: '5s', status: 'done', waivedReason: null, notes: ['Đã đào tạo 5S', 'Hoàn thành 5S'] },
        ...['ISO_9001', 'tcvn', 'methods', 'MES'].map((itemCode) => ({ itemCode, status: 'waived', waivedReason: 'Đánh giá chứng nhận chuyển sang bước 5', notes: [] })),
      ]),
    );
    // Direction-aware: fewer defects and more output are better; more complaints are worse, whatever the sign.
    expect(done.body.baselineVersusAfter?.map(({ indicator, direction, baselineValue, afterValue, percentChange, improved }) => ({ indicator, direction, baselineValue, afterValue, percentChange, improved }))).toEqual([
      { indicator: 'DEFECT_RATE', direction: 'lower-is-better', baselineValue: 4.5, afterValue: 2.5, percentChange: -44.44, improved: true },
      { indicator: 'LABOUR_PRODUCTIVITY', direction: 'higher-is-better', baselineValue: 200_000_000, afterValue: 250_000_000, percentChange: 25, improved: true },
      { indicator: 'CUSTOMER_COMPLAINTS', direction: 'lower-is-better', baselineValue: 4, afterValue: 5, percentChange: 25, improved: false },
    ]);
    const actions = done.body.timeline.map((item) => `${item.action} by ${item.actor}`);
    expect(actions).toEqual(
      expect.arrayContaining(['step.select.returned by officer.tdc', 'milestone.done by enterprise.a', 'milestone.waived by officer.tdc', `step.re-evaluate.approved by ${KHCN_REVIEWER}`, 'pilot-model.completed by pilotModelWorkflow']),
    );
    expect(actions.indexOf('step.select.returned by officer.tdc')).toBeLessThan(actions.indexOf('step.select.approved by officer.tdc, officer.congthuong'));

    const dashboard = await call<{ provinces: { provinceCode: string; total: number; completed: number; overdue: number; modelsPerStep: Record<string, number>; improvements: { indicator: string; improvedCount: number; worsenedCount: number }[] }[] }>(
      'manager',
      'GET',
      '/dashboard/pilot-models',
    );
    expect(dashboard.status).toBe(200);
    const thanhHoa = dashboard.body.provinces.find((province) => province.provinceCode === 'thanh-hoa');
    expect(thanhHoa).toMatchObject({ total: 1, completed: 1, overdue: 0 });
    expect(Object.values(thanhHoa?.modelsPerStep ?? {}).every((count) => count === 0)).toBe(true);
    expect(thanhHoa?.improvements.map(({ indicator, improvedCount, worsenedCount }) => `${indicator} +${improvedCount} -${worsenedCount}`)).toEqual([
      'CUSTOMER_COMPLAINTS +0 -1',
      'DEFECT_RATE +1 -0',
      'LABOUR_PRODUCTIVITY +1 -0',
    ]);

    // Certificate expiry: 90 and 30 days before 30/6/2027, 08:00 Hà Nội, from a child that outlives the model.
    // Test-server bug: when a child completes, the server locks time until the parent takes note, which a
    // closed parent never does (a real server has no such lock). Release that one lock once the child has
    // completed, or the clock would stop on 31/5/2027 (the child's status is read as test plumbing).
    const skipping = stack.sleepUntil('2027-06-01T02:00:00Z');
    await reminderChildCompleted(id);
    await (stack.env.connection.testService as NonNullable<typeof stack.env.connection.testService>).unlockTimeSkipping({});
    await skipping;
    const expiry = (await noticesAbout('enterprise.a', id, (items) => items.filter((notice) => notice.kind === 'certificate-expiry').length >= 2)).filter(
      (notice) => notice.kind === 'certificate-expiry',
    );
    expect(expiry.map((notice) => hanoi(notice.scheduledFor))).toEqual(['2027-04-01 08:00', '2027-05-31 08:00']);
    expect(expiry[0].body).toContain('QMS-2026-0417');
  });
});
