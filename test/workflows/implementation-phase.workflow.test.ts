import { randomUUID } from 'node:crypto';
import { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { Actor, Assignee, decideUpdate, taskStateQuery } from '../../workflows/decision/messages';
import { ApplicationSnapshot, currentStateQuery, ProgressReport, reportProgressUpdate, submitUpdate } from '../../workflows/support-application/messages';
import { supportApplicationWorkflow } from '../../workflows/support-application/support-application.workflow';
import { recordHistory } from '../harness/histories';
import { asleepOnTimer } from '../harness/time-skipping';
import { startTimeSkippingStack, TimeSkippingStack } from '../harness/time-skipping-stack';

/**
 * A contracted case's implementation phase on a time-skipping server from Monday 2 March 2026,
 * 09:00 in Hà Nội: milestone clocks (one reported done, one overdue and escalated, then closed
 * from the inbox), the yearly inspection's notice and findings, then acceptance and settlement.
 */
describe('implementation phase of supportApplicationWorkflow on the time-skipping test server', () => {
  let stack: TimeSkippingStack;
  let env: TestWorkflowEnvironment;
  let taskQueue: string;
  let dataSource: DataSource;
  let demo: DemoSeedResult;

  beforeAll(async () => {
    stack = await startTimeSkippingStack({ startAt: '2026-03-02T02:00:00Z', taskQueuePrefix: 'impl' });
    ({ env, taskQueue, dataSource, demo } = stack);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  jest.setTimeout(180_000);

  const actor = (username: string, extra: Partial<Actor>): Actor => ({ userId: demo.users[username].id, username, roles: [], provinceCode: 'thanh-hoa', councilIds: [], ...extra });
  /** Whoever a task is assigned to, signed in. */
  const actorFor = (assignee: Assignee): Actor => {
    if (assignee.kind === 'department') return actor('officer.tdc', { roles: ['department-officer'], departmentCode: assignee.id });
    if (assignee.kind === 'enterprise') return actor('enterprise.a', { roles: ['enterprise-user'], enterpriseId: assignee.id });
    return actor('council.secretary', { roles: [assignee.id] });
  };

  async function until(handle: WorkflowHandle<typeof supportApplicationWorkflow>, ready: (state: ApplicationSnapshot) => boolean): Promise<ApplicationSnapshot> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const state = await handle.query(currentStateQuery);
      if (ready(state)) return state;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The case never reached the expected state: ${JSON.stringify(await handle.query(currentStateQuery))}`);
  }

  async function decideStep(handle: WorkflowHandle<typeof supportApplicationWorkflow>, step: string, outcome: string, extra: { comment?: string; data?: Record<string, unknown> } = {}) {
    const { taskId } = await until(handle, (state) => state.step === step && state.taskId !== null);
    const task = env.client.workflow.getHandle(`task-${taskId}`);
    const { assignee } = await task.query(taskStateQuery);
    return task.executeUpdate(decideUpdate, { args: [{ actor: actorFor(assignee), outcome, ...extra }] });
  }

  const notices = (applicationId: string, kinds: string[]) =>
    dataSource.query<{ line: string }[]>(
      `SELECT to_char(n.scheduled_for AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') || ' ' || n.kind || ' ' || u.username AS line
         FROM notifications n JOIN users u ON u.id = n.recipient_user_id
        WHERE n.subject_id = $1 AND n.kind = ANY ($2) ORDER BY n.scheduled_for, n.kind, u.username`,
      [applicationId, kinds],
    ).then((rows) => rows.map((row) => row.line));

  it('tracks contract milestones and the yearly inspection, then hands the case on to acceptance', async () => {
    const applicationId = randomUUID();
    const enterpriseId = demo.enterprises['enterprise-a'];
    const enterprise = actor('enterprise.a', { roles: ['enterprise-user'], enterpriseId });
    const handle = await env.client.workflow.start(supportApplicationWorkflow, {
      taskQueue,
      workflowId: `application-${applicationId}`,
      args: [
        {
          applicationId,
          title: 'Áp dụng ISO 9001 tại Công ty A',
          provinceCode: 'thanh-hoa',
          enterpriseId,
          supportKind: 'management-systems',
          requestedAmountVnd: 300_000_000,
          sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
          createdBy: enterprise,
        },
      ],
    });
    await handle.executeUpdate(submitUpdate, { args: [{ actor: enterprise }] });
    await decideStep(handle, 'intake', 'accept');
    await decideStep(handle, 'endorsement', 'endorse');
    await decideStep(handle, 'identification-council', 'carry-out-selection');
    await decideStep(handle, 'selection-council', 'selected');
    await decideStep(handle, 'budget-appraisal', 'approved', { data: { approvedAmountVnd: 250_000_000 } });
    await decideStep(handle, 'approval', 'approve');

    // The contract: 14 months from 2/3/2026, two tranches within the approved amount, two milestones.
    const terms = {
      effectiveDate: '2026-03-02',
      durationMonths: 14,
      tranches: [
        { label: 'Tạm ứng đợt 1', amountVnd: 150_000_000, dueDate: '2026-03-16' },
        { label: 'Tạm ứng đợt 2', amountVnd: 100_000_000, dueDate: '2027-01-15' },
      ],
      milestones: [
        { title: 'Xây dựng hệ thống tài liệu ISO 9001', dueDate: '2026-06-30' },
        { title: 'Đánh giá nội bộ', dueDate: '2026-10-30' },
      ],
    };
    const tooMuch = { ...terms, tranches: [...terms.tranches, { amountVnd: 1, dueDate: '2027-01-15' }] };
    await expect(decideStep(handle, 'contract', 'signed', { data: tooMuch })).rejects.toMatchObject({ cause: { message: expect.stringContaining('more than the approved 250000000 VND') } });
    await expect(decideStep(handle, 'contract', 'signed', { data: { ...terms, milestones: [{ title: 'Sau hợp đồng', dueDate: '2027-05-03' }] } })).rejects.toMatchObject({
      cause: { message: expect.stringContaining('within the contract term (2026-03-02 – 2027-05-02)') },
    });
    await decideStep(handle, 'contract', 'signed', { data: terms });

    const started = await until(handle, (state) => state.step === 'implementation' && (state.implementation?.milestones.every((milestone) => milestone.taskId !== null) ?? false));
    const implementation = started.implementation as NonNullable<ApplicationSnapshot['implementation']>;
    expect(implementation).toMatchObject({
      endDate: '2027-05-02',
      tranches: terms.tranches,
      inspections: [{ date: '2027-03-02', noticeSentAt: null, outcome: null }],
    });
    const [documentation, audit] = implementation.milestones;
    expect((await (await asleepOnTimer(env.client.workflow.getHandle(`task-${documentation.taskId}`))).query(taskStateQuery)).dueDate).toBe('2026-06-30');
    const auditClock = await asleepOnTimer(env.client.workflow.getHandle(`task-${audit.taskId}`));
    expect(await auditClock.query(taskStateQuery)).toMatchObject({ dueDate: '2026-10-30', assignee: { kind: 'enterprise', id: enterpriseId } });

    // Progress on the first milestone, then done: its clock stops.
    const otherEnterprise = actor('enterprise.b', { roles: ['enterprise-user'], enterpriseId: demo.enterprises['enterprise-b'] });
    const report = (request: Omit<ProgressReport, 'actor'>, by = enterprise) => handle.executeUpdate(reportProgressUpdate, { args: [{ actor: by, ...request }] });
    await expect(report({ note: 'Đã xong' }, otherEnterprise)).rejects.toMatchObject({ cause: { type: 'NotOwner' } });
    await expect(report({ note: 'Đã xong', done: true })).rejects.toMatchObject({ cause: { type: 'Incomplete' } });
    await expect(report({ note: 'Đã xong', milestoneId: randomUUID() })).rejects.toMatchObject({ cause: { type: 'Incomplete' } });
    await report({ note: 'Đã ban hành sổ tay chất lượng', milestoneId: documentation.id });
    const afterDone = await report({ note: 'Đã ban hành 24 quy trình', milestoneId: documentation.id, done: true, documentIds: [randomUUID()] });
    expect(afterDone.implementation?.milestones[0]).toMatchObject({ status: 'done', doneAt: expect.stringMatching(/^2026-03-02T/) });
    expect(afterDone.implementation?.progress.map((entry) => `${entry.by}:${entry.done}:${entry.note}`)).toEqual([
      'enterprise.a:false:Đã ban hành sổ tay chất lượng',
      'enterprise.a:true:Đã ban hành 24 quy trình',
    ]);
    await expect(report({ note: 'Lại', milestoneId: documentation.id, done: true })).rejects.toMatchObject({ cause: { type: 'InvalidState' } });
    const stopped = await until(handle, (state) => state.implementation?.milestones[0].taskId === null);
    expect(stopped.implementation?.milestones[1].status).toBe('open');
    expect((await env.client.workflow.getHandle(`task-${documentation.taskId}`).query(taskStateQuery)).status).toBe('cancelled');

    // The second milestone passes its due date (Friday 30/10) and escalates: to the enterprise from
    // the first working day late, to the programme manager five working days after that (Monday 9/11).
    // The enterprise then closes it from its inbox.
    await stack.sleepUntil('2026-11-09T03:00:00Z');
    expect(await notices(applicationId, ['reminder', 'due-today', 'escalation'])).toEqual([
      '2026-10-27 08:00 reminder enterprise.a',
      '2026-10-29 08:00 reminder enterprise.a',
      '2026-10-30 08:00 due-today enterprise.a',
      '2026-11-02 08:00 escalation enterprise.a',
      '2026-11-04 08:00 escalation enterprise.a',
      '2026-11-06 08:00 escalation enterprise.a',
      '2026-11-09 08:00 escalation enterprise.a',
      '2026-11-09 08:00 escalation manager',
    ]);
    expect((await auditClock.query(taskStateQuery)).status).toBe('open');
    await auditClock.executeUpdate(decideUpdate, { args: [{ actor: enterprise, outcome: 'done', comment: 'Đánh giá nội bộ xong, trễ 1 tuần' }] });
    await until(handle, (state) => state.implementation?.milestones[1].status === 'done');

    // The inspection on Tuesday 2/3/2027: notice five working days before, at 08:00.
    await stack.sleepUntil('2027-02-24T02:00:00Z');
    const noticed = await until(handle, (state) => state.implementation?.inspections[0].noticeSentAt !== null);
    expect(noticed.implementation?.inspections[0].noticeSentAt).toMatch(/^2027-02-23T01:0\d/);
    expect(await notices(applicationId, ['inspection-notice'])).toEqual(['2027-02-23 08:00 inspection-notice enterprise.a']);

    await stack.sleepUntil('2027-03-02T02:00:00Z');
    const inspecting = await until(handle, (state) => state.implementation?.inspections[0].taskId !== null);
    const inspectionTask = env.client.workflow.getHandle(`task-${inspecting.implementation?.inspections[0].taskId}`);
    const inspectionState = await inspectionTask.query(taskStateQuery);
    expect(inspectionState).toMatchObject({ dueDate: '2027-03-16', assignee: { kind: 'department', id: 'thanh-hoa/so-khcn' } });
    const inspector = actorFor(inspectionState.assignee);
    await expect(inspectionTask.executeUpdate(decideUpdate, { args: [{ actor: inspector, outcome: 'adjustment-required' }] })).rejects.toMatchObject({ cause: { type: 'CommentRequired' } });
    await inspectionTask.executeUpdate(decideUpdate, { args: [{ actor: inspector, outcome: 'adjustment-required', comment: 'Bổ sung hồ sơ đo lường' }] });
    const inspected = await until(handle, (state) => state.implementation?.inspections[0].outcome !== null);
    expect(inspected.implementation?.inspections[0]).toMatchObject({ outcome: 'adjustment-required', findings: 'Bổ sung hồ sơ đo lường', decidedBy: 'officer.tdc', taskId: null });
    expect(inspected.history.map((record) => `${record.step}:${record.outcome}`)).toContain('inspection:adjustment-required');

    // Sở KH&CN closes the phase; the case moves on to acceptance and the read model keeps the phase.
    await decideStep(handle, 'implementation', 'completed');
    await decideStep(handle, 'acceptance', 'pass');
    // Settlement has two deciders (Sở KH&CN and Sở Tài chính), a task each: both settle.
    const { taskId: leadSettlement } = await until(handle, (state) => state.step === 'settlement' && state.taskId !== null);
    await decideStep(handle, 'settlement', 'settled');
    const { taskId: financeSettlement } = await until(handle, (state) => state.step === 'settlement' && state.taskId !== null && state.taskId !== leadSettlement);
    const financeTask = env.client.workflow.getHandle(`task-${financeSettlement}`);
    expect((await financeTask.query(taskStateQuery)).assignee).toEqual({ kind: 'department', id: 'thanh-hoa/so-tai-chinh' });
    await financeTask.executeUpdate(decideUpdate, { args: [{ actor: actorFor((await financeTask.query(taskStateQuery)).assignee), outcome: 'settled' }] });
    const result = await handle.result();
    expect(result).toMatchObject({ status: 'closed' });
    const [row] = await dataSource.query<{ implementation: ApplicationSnapshot['implementation'] }[]>(`SELECT implementation FROM applications WHERE id = $1`, [applicationId]);
    expect(row.implementation).toEqual(result.implementation);
    const actions = await dataSource.query<{ action: string }[]>(`SELECT action FROM audit_log WHERE subject_type = 'application' AND subject_id = $1 ORDER BY seq`, [applicationId]);
    expect(actions.map((entry) => entry.action).filter((action) => action.startsWith('implementation.'))).toEqual([
      'implementation.started',
      'implementation.progress-reported',
      'implementation.milestone-done',
      'implementation.milestone-done',
      'implementation.inspection-notified',
      'implementation.inspection-opened',
      'implementation.inspection.adjustment-required',
    ]);
    await recordHistory('support-application-implementation-tracked', handle);
    // The same case also saves settlement by two deciders in parallel (patch parallel-deciders).
    await recordHistory('support-application-parallel-settlement', handle);
  });
});
