import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { CaseDriver } from '../harness/case-driver';
import { eventually } from '../harness/eventually';
import { recordHistory } from '../harness/histories';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

const MEMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `council.member${n}`);
const PEOPLE = ['enterprise.a', 'enterprise.b', 'officer.tdc', 'head.tdc', 'officer.congthuong', 'officer.taichinh', 'approver.ubnd', 'officer.skhcn', 'council.secretary', 'manager', ...MEMBERS];
/** Chair, vice-chair, scientific secretary, two reviewers, four members. */
const IDENTIFICATION_ROLES = ['chair', 'vice-chair', 'secretary', 'reviewer', 'reviewer', 'member', 'member', 'member', 'member'];
const CRITERIA = ['necessity', 'novelty', 'feasibility', 'applicability'];

describe('support-application lifecycle through the API, on a Temporal dev server and PostgreSQL', () => {
  let stack: TestStack;
  let driver: CaseDriver;
  let userIds: Record<string, string>;

  beforeAll(async () => {
    installQuietRuntime();
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
  });

  const proposal = {
    title: 'Áp dụng ISO 9001 và công cụ 5S tại Công ty Cổ phần Chế biến Nông sản A',
    provinceCode: 'thanh-hoa',
    supportKind: 'management-systems',
    requestedAmountVnd: 300_000_000,
    sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
  };

  /** Waits until the task's row shows `status` (tasks write their own rows, asynchronously). */
  async function eventuallyTaskStatus(taskId: string, status: string): Promise<void> {
    let last = '';
    for (let attempt = 0; attempt < 150; attempt += 1) {
      [{ status: last }] = await stack.sql<{ status: string }>(`SELECT status FROM tasks WHERE id = $1`, [taskId]);
      if (last === status) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Task ${taskId} never became ${status}; last seen: ${last}`);
  }

  async function submittedCase(overrides: Record<string, unknown> = {}): Promise<string> {
    const draft = await driver.call('enterprise.a', 'POST', '/applications', { ...proposal, ...overrides });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', currentStep: 'draft' });
    const id = draft.body.id as string;
    const submitted = await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'in-progress', procedureVersion: 'nscl/2021' });
    return id;
  }

  /** Intake (accepted), endorsement, both councils: the common road to budget appraisal. */
  async function toBudgetAppraisal(id: string): Promise<void> {
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    expect((await driver.decide(id, 'endorsement', 'officer.congthuong', 'endorse')).status).toBe(200);
    expect((await driver.decide(id, 'identification-council', 'council.secretary', 'carry-out-selection')).status).toBe(200);
    expect((await driver.decide(id, 'selection-council', 'council.secretary', 'selected')).status).toBe(200);
  }

  /** With `milestoneLeftOpen`, Sở KH&CN completes implementation while the enterprise's milestone clock still runs. */
  async function fromBudgetAppraisalToAcceptance(id: string, { milestoneLeftOpen = false } = {}): Promise<void> {
    const tooMuch = await driver.decide(id, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 300_000_001 } });
    expect(tooMuch.status).toBe(422);
    expect((await driver.decide(id, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 250_000_000 } })).status).toBe(200);
    expect((await driver.decide(id, 'approval', 'approver.ubnd', 'approve')).status).toBe(200);
    const unsigned = await driver.decide(id, 'contract', 'officer.skhcn', 'signed', { data: { effectiveDate: '2026-12-01' } });
    expect(unsigned.status).toBe(422);
    const terms = {
      effectiveDate: '2026-12-01',
      durationMonths: 12,
      tranches: [{ label: 'Tạm ứng đợt 1', amountVnd: 175_000_000, dueDate: '2026-12-15' }, { amountVnd: 75_000_000, dueDate: '2027-09-01' }],
      milestones: [{ title: 'Xây dựng hệ thống tài liệu ISO 9001', dueDate: '2027-04-30' }],
    };
    const overBudget = await driver.decide(id, 'contract', 'officer.skhcn', 'signed', { data: { ...terms, tranches: [{ amountVnd: 250_000_001, dueDate: '2026-12-15' }] } });
    expect(overBudget.status).toBe(422);
    expect(overBudget.body.detail).toBe('Tổng các đợt tạm ứng (250000001 đồng) vượt kinh phí được phê duyệt (250000000 đồng).');
    expect((await driver.decide(id, 'contract', 'officer.skhcn', 'signed', { data: terms })).status).toBe(200);
    const late = await driver.call('enterprise.a', 'POST', `/applications/${id}/withdraw`, { reason: 'Muốn rút sau khi ký' });
    expect(late.status).toBe(409);

    // One extension only, at most 6 months for a 12-month task (process.md §A).
    const implementation = await driver.awaitStep(id, 'implementation');
    const taskId = (implementation.currentTask as { id: string; dueDate: string }).id;
    expect((implementation.currentTask as { dueDate: string }).dueDate).toBe('2027-12-01');
    expect((await driver.call('manager', 'POST', `/tasks/${taskId}/extend`, { amount: 200, unit: 'calendar', reason: 'Chậm thiết bị' })).status).toBe(422);
    const extended = await driver.call('manager', 'POST', `/tasks/${taskId}/extend`, { amount: 90, unit: 'calendar', reason: 'Chậm nhập thiết bị đo' });
    expect(extended.status).toBe(200);
    expect(extended.body.dueDate).toBe('2028-02-29');
    const again = await driver.call('manager', 'POST', `/tasks/${taskId}/extend`, { amount: 10, unit: 'calendar', reason: 'Thêm' });
    expect(again.status).toBe(422);
    expect(again.body.detail).toBe('Chỉ được gia hạn 1 lần.');

    // The enterprise reports on its milestone; only it may, and only on a milestone of the contract.
    const tracked = await eventuallyImplementation(id);
    expect(tracked).toMatchObject({ endDate: '2027-12-01', tranches: [{ label: 'Tạm ứng đợt 1', amountVnd: 175_000_000 }, { label: 'Đợt 2', amountVnd: 75_000_000 }], inspections: [{ date: '2027-06-01' }] });
    const milestoneId = tracked.milestones[0].id;
    expect((await driver.call('enterprise.b', 'POST', `/applications/${id}/progress`, { note: 'x' })).status).toBe(404);
    const stray = await driver.call('enterprise.a', 'POST', `/applications/${id}/progress`, { note: 'Xong', milestoneId: '00000000-0000-4000-8000-000000000000', done: true });
    expect(stray.status).toBe(422);
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/progress`, { note: '' })).status).toBe(400);
    const reported = await driver.call('enterprise.a', 'POST', `/applications/${id}/progress`, { note: 'Đã ban hành 24 quy trình', milestoneId, done: !milestoneLeftOpen });
    expect(reported.status).toBe(200);
    const phase = reported.body.implementation as { milestones: unknown[]; progress: unknown[] };
    expect(phase.milestones[0]).toMatchObject({ id: milestoneId, status: milestoneLeftOpen ? 'open' : 'done' });
    expect(phase.progress).toEqual([expect.objectContaining({ by: 'enterprise.a', milestoneId, note: 'Đã ban hành 24 quy trình', done: !milestoneLeftOpen })]);
    expect((await driver.decide(id, 'implementation', 'officer.skhcn', 'completed')).status).toBe(200);
    await driver.awaitStep(id, 'acceptance');
    // The milestone's clock stopped: by the report, or with the phase when the milestone was left open.
    const clock = await eventually(
      async () => (await stack.sql<{ status: string }>(`SELECT status FROM tasks WHERE id = $1`, [tracked.milestones[0].taskId]))[0]?.status,
      (status) => status === 'cancelled',
    );
    expect(clock).toBe('cancelled');
    const closedPhase = await driver.call('enterprise.a', 'POST', `/applications/${id}/progress`, { note: 'Muộn' });
    expect(closedPhase.status).toBe(409);
  }

  /** The implementation phase once its milestone clocks are open. */
  async function eventuallyImplementation(id: string): Promise<{ endDate: string; milestones: { id: string; taskId: string | null }[]; tranches: unknown[]; inspections: unknown[] }> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const phase = (await driver.call('manager', 'GET', `/applications/${id}`)).body.implementation as Awaited<ReturnType<typeof eventuallyImplementation>> | null;
      if (phase && phase.milestones.every((milestone) => milestone.taskId !== null)) return phase;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Case ${id} never opened its milestone clocks`);
  }

  it('takes a case from draft to closed, through a supplement loop, and records every step in the timeline', async () => {
    const draft = await driver.call('enterprise.a', 'POST', '/applications', { title: proposal.title, provinceCode: 'thanh-hoa' });
    const id = draft.body.id as string;
    const incomplete = await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.detail).toContain('supportKind');
    expect((await driver.call('enterprise.b', 'PATCH', `/applications/${id}`, { requestedAmountVnd: 1 })).status).toBe(404);
    const edited = await driver.call('enterprise.a', 'PATCH', `/applications/${id}`, { supportKind: proposal.supportKind, requestedAmountVnd: proposal.requestedAmountVnd, sponsoringDepartmentCode: proposal.sponsoringDepartmentCode });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ requestedAmountVnd: 300_000_000, status: 'draft' });
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(409);

    expect((await driver.decide(id, 'intake', 'officer.tdc', 'request-supplement', { comment: 'Bổ sung báo cáo tài chính năm 2025' })).status).toBe(200);
    await driver.awaitStep(id, 'supplement');
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/supplement`, { comment: 'Đã bổ sung báo cáo tài chính' })).status).toBe(200);
    await toBudgetAppraisal(id);
    await fromBudgetAppraisalToAcceptance(id);
    expect((await driver.decide(id, 'acceptance', 'council.secretary', 'pass')).status).toBe(200);
    // Settlement is decided by Sở KH&CN and Sở Tài chính, each from its own inbox: one approval alone does not close the case.
    const financeTask = await driver.ownTask(id, 'settlement', 'officer.taichinh');
    expect((await driver.decide(id, 'settlement', 'officer.skhcn', 'settled')).status).toBe(200);
    // The case waits at settlement and shows the task still open: Sở Tài chính's.
    const waiting = await driver.awaitStep(id, 'settlement');
    expect(waiting).toMatchObject({ status: 'in-progress', currentTask: expect.objectContaining({ id: financeTask.id }) });
    expect((await driver.decideOwn(id, 'settlement', 'officer.taichinh', 'settled')).status).toBe(200);

    const closed = await driver.awaitStep(id, null, 'closed');
    const caseWorkflow = stack.temporal.workflow.getHandle(`application-${id}`);
    await caseWorkflow.result();
    await recordHistory('support-application-draft-to-closed', caseWorkflow);
    expect(closed).toMatchObject({ status: 'closed', approvedAmountVnd: 250_000_000, refundOrdered: false, currentTask: null });

    const timeline = await driver.call('enterprise.a', 'GET', `/applications/${id}/timeline`);
    const actions = (timeline.body.items as { action: string; actor: { name: string }; at: string }[]).map((item) => `${item.action} by ${item.actor.name}`);
    expect(actions.filter((action) => action.startsWith('application.') || /^step\.[a-z-]+\.[a-z-]+ by/.test(action)).filter((action) => !action.includes('.opened'))).toEqual([
      'application.created by enterprise.a',
      'application.draft-edited by enterprise.a',
      'application.submitted by enterprise.a',
      'step.intake.request-supplement by officer.tdc',
      'step.supplement.resubmit by enterprise.a',
      'step.intake.accept by officer.tdc',
      'step.endorsement.endorse by officer.congthuong',
      'step.identification-council.carry-out-selection by council.secretary',
      'step.selection-council.selected by council.secretary',
      'step.budget-appraisal.approved by officer.taichinh',
      'step.approval.approve by approver.ubnd',
      'step.contract.signed by officer.skhcn',
      'step.implementation.completed by officer.skhcn',
      'step.acceptance.pass by council.secretary',
      'step.settlement.partly-decided by officer.skhcn',
      'step.settlement.settled by officer.skhcn, officer.taichinh',
      'application.closed by supportApplicationWorkflow',
    ]);
    expect(actions).toContain('task.opened by decisionTaskWorkflow');
    const times = (timeline.body.items as { at: string }[]).map((item) => item.at);
    expect([...times].sort()).toEqual(times);
  });

  it('rejects a case whose identification council votes not to carry it out (6 of 9 is not more than 3/4)', async () => {
    const id = await submittedCase();
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    expect((await driver.decide(id, 'endorsement', 'officer.congthuong', 'endorse')).status).toBe(200);
    await driver.awaitStep(id, 'identification-council');

    const members = MEMBERS.map((username, index) => ({ userId: userIds[username], role: IDENTIFICATION_ROLES[index] }));
    const council = await driver.call('council.secretary', 'POST', '/councils', { kind: 'identification', applicationId: id, members });
    expect(council.status).toBe(201);
    const councilId = council.body.id as string;
    const dat = Object.fromEntries(CRITERIA.map((criterion) => [criterion, 'dat']));
    for (const [index, username] of MEMBERS.entries()) {
      const ballot = index < 6 ? { verdicts: dat, mode: 'tuyen-chon' } : { verdicts: { ...dat, feasibility: 'khong-dat' } };
      expect((await driver.call(username, 'POST', `/councils/${councilId}/ballots`, ballot)).status).toBe(201);
    }
    const closed = await driver.call('council.secretary', 'POST', `/councils/${councilId}/close`, {});
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ delivered: true });

    expect(await driver.awaitStep(id, null, 'rejected')).toMatchObject({ status: 'rejected' });
    await stack.temporal.workflow.getHandle(`application-${id}`).result();
    await recordHistory('support-application-council-rejects', stack.temporal.workflow.getHandle(`application-${id}`));
    const [task] = await stack.sql<{ status: string }>(`SELECT status FROM tasks WHERE subject_id = $1 AND step_code = 'identification-council'`, [id]);
    expect(task.status).toBe('cancelled');
    const timeline = await driver.call('enterprise.a', 'GET', `/applications/${id}/timeline`);
    const steps = (timeline.body.items as { action: string; actor: { name: string } }[]).map((item) => `${item.action} by ${item.actor.name}`);
    expect(steps).toEqual(expect.arrayContaining(['council.closed by council.secretary', 'step.identification-council.not-carry-out by council.secretary', 'application.rejected by supportApplicationWorkflow']));

    // The timeline says what happened (read after the workflow ended, so every row has landed).
    const items = timeline.body.items as { action: string; step: string | null; actor: { id: string; name: string; role: string } }[];
    const opened = items.filter((item) => /^step\.[a-z-]+\.opened$/.test(item.action));
    expect(opened.map((item) => [item.action, item.step])).toEqual(
      ['intake', 'endorsement', 'identification-council'].map((step) => [`step.${step}.opened`, step]),
    );
    // One row per decision: the case's step row; the task's own "decided" row is the same decision.
    const decisions = items.filter((item) => /^step\.[a-z-]+\.[a-z-]+$/.test(item.action) && !item.action.endsWith('.opened'));
    expect(decisions.map((item) => `${item.action} by ${item.actor.name} as ${item.actor.role}`)).toEqual([
      'step.intake.accept by officer.tdc as department-officer',
      'step.endorsement.endorse by officer.congthuong as department-officer',
      'step.identification-council.not-carry-out by council.secretary as council-secretary',
    ]);
    expect(items.filter((item) => item.action === 'task.decided')).toEqual([]);
    // The council's conclusion closed the step: its task is not "cancelled" on the timeline.
    expect(items.filter((item) => item.action === 'task.cancelled')).toEqual([]);
    const rolesOf = new Map<string, Set<string>>();
    for (const item of items) rolesOf.set(item.actor.id, new Set([...(rolesOf.get(item.actor.id) ?? []), item.actor.role]));
    expect([...rolesOf.entries()].filter(([, roles]) => roles.size > 1)).toEqual([]);
  });

  it('loops through a revision asked by the selection council before budget appraisal', async () => {
    const id = await submittedCase();
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    expect((await driver.decide(id, 'endorsement', 'officer.congthuong', 'endorse')).status).toBe(200);
    expect((await driver.decide(id, 'identification-council', 'council.secretary', 'carry-out-direct')).status).toBe(200);
    expect((await driver.decide(id, 'selection-council', 'council.secretary', 'revise', { comment: 'Làm rõ dự toán phần đào tạo' })).status).toBe(200);
    const revision = await driver.awaitStep(id, 'revision');
    expect(revision.currentTask).toMatchObject({ allowedOutcomes: ['resubmit', 'withdraw'] });
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/supplement`, { comment: 'Đã hoàn thiện dự toán' })).status).toBe(200);
    expect(await driver.awaitStep(id, 'budget-appraisal')).toMatchObject({ status: 'in-progress' });
  });

  it('orders a refund when acceptance is Không đạt', async () => {
    const id = await submittedCase();
    await toBudgetAppraisal(id);
    await fromBudgetAppraisalToAcceptance(id, { milestoneLeftOpen: true });
    expect((await driver.decide(id, 'acceptance', 'council.secretary', 'fail', { comment: 'Hơn 1/3 thành viên đánh giá Không đạt' })).status).toBe(200);
    // Settlement is Sở KH&CN's officer's to decide, not the council secretary's (also of Sở KH&CN) nor the manager's.
    const settlementTask = ((await driver.awaitStep(id, 'settlement')).currentTask as { id: string }).id;
    for (const someoneElse of ['council.secretary', 'manager']) {
      expect((await driver.call(someoneElse, 'POST', `/tasks/${settlementTask}/decision`, { outcome: 'refund-ordered', comment: 'x' })).status).toBe(403);
    }
    // Either decider's refusal decides settlement: Sở Tài chính's task is cancelled, and its officer told why.
    const financeTask = await driver.ownTask(id, 'settlement', 'officer.taichinh');
    expect((await driver.decide(id, 'settlement', 'officer.skhcn', 'refund-ordered', { comment: 'Thu hồi 250.000.000 đồng đã tạm ứng' })).status).toBe(200);
    expect(await driver.awaitStep(id, null, 'closed')).toMatchObject({ status: 'closed', refundOrdered: true });
    await eventuallyTaskStatus(financeTask.id, 'cancelled');
    expect((await driver.call('officer.taichinh', 'POST', `/tasks/${financeTask.id}/decision`, { outcome: 'settled' })).status).toBe(409);
    const [notice] = await stack.sql<{ title: string; body: string }>(
      `SELECT n.title_vi AS title, n.body_vi AS body FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE n.kind = 'task-cancelled' AND n.subject_id = $1 AND u.username = 'officer.taichinh'`,
      [id],
    );
    expect(notice.title).toContain('Công việc đã hủy');
    expect(notice.body).toContain('officer.skhcn');
    expect(notice.body).toContain('Thu hồi 250.000.000 đồng đã tạm ứng');
    const caseWorkflow = stack.temporal.workflow.getHandle(`application-${id}`);
    await caseWorkflow.result();
    await recordHistory('support-application-refund', caseWorkflow);
  });

  it('lets the enterprise withdraw before the contract, and nobody else', async () => {
    const id = await submittedCase();
    await driver.awaitStep(id, 'intake');
    expect((await driver.call('enterprise.b', 'POST', `/applications/${id}/withdraw`, { reason: 'x' })).status).toBe(404);
    const withdrawn = await driver.call('enterprise.a', 'POST', `/applications/${id}/withdraw`, { reason: 'Doanh nghiệp thay đổi kế hoạch đầu tư' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', currentStep: null });
    // The intake task's cancellation may finish after the withdrawal has answered.
    const task = await eventually(
      async () => (await stack.sql<{ status: string }>(`SELECT status FROM tasks WHERE subject_id = $1 AND step_code = 'intake'`, [id]))[0],
      (row) => row?.status === 'cancelled',
    );
    expect(task?.status).toBe('cancelled');
  });

  it('never opens two cases for one Idempotency-Key, and scopes lists to who may see them', async () => {
    const key = { 'idempotency-key': `draft-${Date.now()}` };
    const first = await driver.call('enterprise.a', 'POST', '/applications', proposal, key);
    const second = await driver.call('enterprise.a', 'POST', '/applications', proposal, key);
    expect(second.body.id).toBe(first.body.id);
    const runs = stack.temporal.workflow.list({ query: `WorkflowId = 'application-${first.body.id as string}'` });
    let count = 0;
    for await (const _run of runs) count += 1;
    expect(count).toBe(1);

    const mine = await driver.call('enterprise.a', 'GET', '/applications?pageSize=100');
    const theirs = await driver.call('enterprise.b', 'GET', '/applications?pageSize=100');
    expect((mine.body.items as { id: string }[]).map((item) => item.id)).toContain(first.body.id);
    expect((theirs.body.items as { id: string }[]).map((item) => item.id)).not.toContain(first.body.id);
    expect((await driver.call('officer.tdc', 'GET', `/applications/${first.body.id as string}`)).status).toBe(404);
    expect((await driver.call('manager', 'GET', `/applications?status=draft&pageSize=100`)).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: first.body.id })]));
  });
});
