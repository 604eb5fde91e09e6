import { loginAs } from '../harness/auth';
import { http, HttpResult } from '../harness/http';
import { startTimeSkippingStack, TimeSkippingApiStack } from '../harness/time-skipping-stack';

interface TaskItem {
  id: string;
  subject: { id: string };
  step: { code: string };
  assignee: { kind: string; id: string };
  dueDate: string | null;
}
interface NotificationItem {
  kind: string;
  body: string;
  subject: { type: string; id: string } | null;
  scheduledFor: string;
}
interface TimelineItem {
  at: string;
  action: string;
  actor: { name: string };
  step: string | null;
  comment: string | null;
}

/** An instant read as its date and time in Hà Nội, e.g. "2026-03-17 00:00". */
const hanoi = (instant: string) => new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The lapsed supplement (process.md §A step 1a) through the real API and worker, on a
 * time-skipping server whose clock starts Monday 2 March 2026, 09:00 in Hà Nội: the enterprise
 * lets the 10-working-day supplement deadline pass and the system withdraws the application.
 */
describe('lapsed supplement through the API, on a time-skipping server and PostgreSQL', () => {
  let stack: TimeSkippingApiStack;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    stack = await startTimeSkippingStack({ startAt: '2026-03-02T02:00:00Z', taskQueuePrefix: 'lapse-api', api: true });
    for (const username of ['enterprise.a', 'officer.tdc', 'manager']) as[username] = await loginAs(stack.baseUrl, username);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const call = <T = Record<string, unknown>>(username: string, method: string, path: string, body?: unknown): Promise<HttpResult<T>> =>
    http<T>(stack.baseUrl, method, `/api/v1${path}`, { body, headers: as[username] });

  async function eventually<T>(what: string, read: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
    let last = await read();
    for (let attempt = 0; attempt < 150 && !ready(last); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await read();
    }
    if (!ready(last)) throw new Error(`${what} never happened; last seen: ${JSON.stringify(last)}`);
    return last;
  }

  const openTaskOf = async (username: string, applicationId: string, step: string): Promise<TaskItem> => {
    const inbox = await eventually(
      `${step} task in the inbox of ${username}`,
      () => call<{ items: TaskItem[] }>(username, 'GET', '/tasks?pageSize=100'),
      (response) => response.status === 200 && response.body.items.some((task) => task.subject.id === applicationId && task.step.code === step && task.dueDate !== null),
    );
    return inbox.body.items.find((task) => task.subject.id === applicationId && task.step.code === step) as TaskItem;
  };

  it('withdraws the application with notice to the enterprise when the supplement lapses, and shows it on the timeline', async () => {
    const enterpriseId = stack.demo.enterprises['enterprise-a'];
    const draft = await call('enterprise.a', 'POST', '/applications', {
      title: 'Áp dụng ISO 22000 tại Công ty A',
      provinceCode: 'thanh-hoa',
      supportKind: 'management-systems',
      requestedAmountVnd: 200_000_000,
      sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;
    const submitted = await call('enterprise.a', 'POST', `/applications/${id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'in-progress', procedureVersion: 'nscl/2021' });

    // Intake: 7 working days from Monday 2/3 is Wednesday 11/3.
    const intake = await openTaskOf('officer.tdc', id, 'intake');
    expect(intake.dueDate).toBe('2026-03-11');
    const requested = await call('officer.tdc', 'POST', `/tasks/${intake.id}/decision`, { outcome: 'request-supplement', comment: 'Thiếu báo cáo tài chính' });
    expect(requested.status).toBe(200);

    // Supplement: 10 working days from Monday 2/3, due Monday 16/3 at 24:00 Hà Nội time, on the enterprise
    // (enterprises have no inbox route; the province's manager sees every task of the province).
    const supplement = await openTaskOf('manager', id, 'supplement');
    expect(supplement).toMatchObject({ dueDate: '2026-03-16', assignee: { kind: 'enterprise', id: enterpriseId } });
    const waiting = await eventually(
      'the supplement step on the case',
      () => call('enterprise.a', 'GET', `/applications/${id}`),
      (response) => response.body.currentStep === 'supplement' && response.body.currentTask !== null,
    );
    expect(waiting.body).toMatchObject({ status: 'in-progress', currentTask: { id: supplement.id, dueDate: '2026-03-16', dueAt: '2026-03-16T17:00:00.000Z' } });

    // Tuesday 17/3, 09:00 in Hà Nội: the deadline passed at midnight and nobody resubmitted.
    await stack.sleepUntil('2026-03-17T02:00:00Z');
    const withdrawn = await eventually(
      'the automatic withdrawal',
      () => call('enterprise.a', 'GET', `/applications/${id}`),
      (response) => response.body.status === 'withdrawn',
    );
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', currentStep: null, currentTask: null });
    expect((await call<{ items: TaskItem[] }>('manager', 'GET', '/tasks?pageSize=100')).body.items.filter((task) => task.subject.id === id)).toEqual([]);

    // The enterprise's notices, at the workflow times they belong to (Hà Nội time).
    const notices = await eventually(
      'the withdrawal notice',
      () => call<{ items: NotificationItem[] }>('enterprise.a', 'GET', '/notifications?pageSize=100'),
      (response) => response.body.items.filter((notice) => notice.subject?.id === id).length >= 6,
    );
    const mine = notices.body.items.filter((notice) => notice.subject?.id === id).sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || a.kind.localeCompare(b.kind));
    expect(mine.map((notice) => `${hanoi(notice.scheduledFor)} ${notice.kind}`)).toEqual([
      '2026-03-02 09:00 decision',
      '2026-03-02 09:00 task-assigned',
      '2026-03-11 08:00 reminder',
      '2026-03-13 08:00 reminder',
      '2026-03-16 08:00 due-today',
      '2026-03-17 00:00 decision',
    ]);
    expect(mine[0].body).toContain('Thiếu báo cáo tài chính');
    // The supplement step reached the enterprise's inbox with its due date.
    expect(mine[1].body).toContain('Hạn xử lý: Thứ Hai, 16/03/2026.');
    expect(mine[5].body).toContain('Quá hạn bổ sung, hồ sơ bị rút');

    // The timeline: the request, the reminders (each dated in its comment) and the withdrawal by the system.
    const timeline = await call<{ items: TimelineItem[] }>('enterprise.a', 'GET', `/applications/${id}/timeline`);
    expect(timeline.status).toBe(200);
    const steps = timeline.body.items
      .filter((item) => !item.action.endsWith('.opened'))
      .map((item) => `${item.action} by ${item.actor.name}${item.comment ? ` (${item.comment})` : ''}`);
    expect(steps).toEqual([
      'application.created by enterprise.a',
      'application.submitted by enterprise.a',
      'task.decided by officer.tdc (Thiếu báo cáo tài chính)',
      'step.intake.request-supplement by officer.tdc (Thiếu báo cáo tài chính)',
      'task.before-due by decisionTaskWorkflow (2026-03-11)',
      'task.before-due by decisionTaskWorkflow (2026-03-13)',
      'task.due-today by decisionTaskWorkflow (2026-03-16)',
      'task.decided by system (Quá hạn · deadline passed)',
      'step.supplement.lapse by system (Quá hạn · deadline passed)',
      'application.withdrawn by supportApplicationWorkflow',
    ]);
    const withdrawal = timeline.body.items[timeline.body.items.length - 1];
    expect(withdrawal).toMatchObject({ action: 'application.withdrawn', step: 'supplement', actor: { name: 'supportApplicationWorkflow' } });
    const times = timeline.body.items.map((item) => item.at);
    expect([...times].sort()).toEqual(times);
  });
});
