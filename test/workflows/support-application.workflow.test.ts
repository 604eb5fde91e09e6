import { randomUUID } from 'node:crypto';
import { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { Actor, decideUpdate, taskStateQuery } from '../../workflows/decision/messages';
import { currentStateQuery, submitUpdate } from '../../workflows/support-application/messages';
import { supportApplicationWorkflow } from '../../workflows/support-application/support-application.workflow';
import { recordHistory } from '../harness/histories';
import { startTimeSkippingStack, TimeSkippingStack } from '../harness/time-skipping-stack';

/** A case whose supplement lapses: the clock starts Monday 2 March 2026, 09:00 in Hà Nội. */
describe('supportApplicationWorkflow on the time-skipping test server', () => {
  let stack: TimeSkippingStack;
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let dataSource: DataSource;
  let demo: DemoSeedResult;

  beforeAll(async () => {
    stack = await startTimeSkippingStack({ startAt: '2026-03-02T02:00:00Z', taskQueuePrefix: 'ts' });
    ({ env, taskQueue, dataSource, demo } = stack);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const actor = (username: string, extra: Partial<Actor>): Actor => ({ userId: demo.users[username].id, username, roles: [], provinceCode: 'thanh-hoa', councilIds: [], ...extra });

  async function openTaskOf(handle: WorkflowHandle<typeof supportApplicationWorkflow>, step: string): Promise<string> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const state = await handle.query(currentStateQuery);
      if (state.step === step && state.taskId) return state.taskId;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The case never opened a task for ${step}`);
  }

  it('withdraws the application, with notice, when the enterprise lets the supplement lapse', async () => {
    const applicationId = randomUUID();
    const enterpriseId = demo.enterprises['enterprise-a'];
    const enterprise = actor('enterprise.a', { roles: ['enterprise-user'], enterpriseId });
    const handle = await env.client.workflow.start(supportApplicationWorkflow, {
      taskQueue,
      workflowId: `application-${applicationId}`,
      args: [
        {
          applicationId,
          title: 'Áp dụng ISO 22000 tại Công ty A',
          provinceCode: 'thanh-hoa',
          enterpriseId,
          supportKind: 'management-systems',
          requestedAmountVnd: 200_000_000,
          sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
          createdBy: enterprise,
        },
      ],
    });
    expect(await handle.executeUpdate(submitUpdate, { args: [{ actor: enterprise }] })).toMatchObject({ status: 'in-progress', step: 'intake', procedure: { code: 'nscl', version: '2021' } });

    const intake = await openTaskOf(handle, 'intake');
    const officer = actor('officer.tdc', { roles: ['department-officer'], departmentCode: 'thanh-hoa/chi-cuc-tdc' });
    await env.client.workflow.getHandle(`task-${intake}`).executeUpdate(decideUpdate, { args: [{ actor: officer, outcome: 'request-supplement', comment: 'Thiếu báo cáo tài chính' }] });

    const supplement = await openTaskOf(handle, 'supplement');
    const supplementTask = env.client.workflow.getHandle(`task-${supplement}`);
    for (let attempt = 0; attempt < 100 && !(await supplementTask.query(taskStateQuery)).dueDate; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    // 10 working days from Monday 2/3: due Monday 16/3, ending at 24:00 Hà Nội time.
    expect(await supplementTask.query(taskStateQuery)).toMatchObject({ dueDate: '2026-03-16', assignee: { kind: 'enterprise', id: enterpriseId } });

    const result = await handle.result();
    expect(result).toMatchObject({ status: 'withdrawn', step: null });
    expect(result.history.map(({ step, outcome, decidedBy }) => `${step}:${outcome}:${decidedBy}`)).toEqual(['intake:request-supplement:officer.tdc', 'supplement:lapse:system']);
    const lapsedAfterMs = Date.parse(result.history[1].decidedAt) - Date.parse('2026-03-16T17:00:00.000Z');
    expect(lapsedAfterMs).toBeGreaterThanOrEqual(0);
    expect(lapsedAfterMs).toBeLessThan(60_000);

    const notices = await dataSource.query<{ kind: string; at: string; body: string }[]>(
      `SELECT n.kind, to_char(n.scheduled_for AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS at, n.body_vi AS body
         FROM notifications n JOIN users u ON u.id = n.recipient_user_id
        WHERE u.username = 'enterprise.a' AND n.subject_id = $1 ORDER BY n.scheduled_for, n.kind`,
      [applicationId],
    );
    expect(notices.map(({ kind, at }) => `${at} ${kind}`)).toEqual([
      '2026-03-02 09:00 decision',
      '2026-03-02 09:00 task-assigned',
      '2026-03-11 08:00 reminder',
      '2026-03-13 08:00 reminder',
      '2026-03-16 08:00 due-today',
      '2026-03-17 00:00 decision',
    ]);
    expect(notices[1].body).toContain('Hạn xử lý: Thứ Hai, 16/03/2026.');
    expect(notices[5].body).toContain('Quá hạn bổ sung, hồ sơ bị rút');
    const [row] = await dataSource.query(`SELECT status, current_step FROM applications WHERE id = $1`, [applicationId]);
    expect(row).toEqual({ status: 'withdrawn', current_step: null });
    await recordHistory('support-application-lapsed-supplement', handle);
  });
});
