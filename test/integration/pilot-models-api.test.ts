import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http, HttpResult } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/** The pilot-model routes on real servers: the long-timer behaviour is in test/workflows/pilot-model.workflow.test.ts. */
describe('pilot-model API on a Temporal dev server and PostgreSQL', () => {
  let stack: TestStack;
  let enterpriseA: string;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    const seeded = await seedDemoAccountsInto(stack.database.url);
    enterpriseA = seeded.enterprises['enterprise-a'];
    for (const username of ['manager', 'manager.hungyen', 'enterprise.a', 'enterprise.b', 'officer.tdc', 'admin']) as[username] = await loginAs(stack.baseUrl, username);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const call = (username: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult> =>
    http(stack.baseUrl, method, `/api/v1${path}`, { body, headers: { ...as[username], ...headers } });

  async function eventually<T>(read: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
    let last = await read();
    for (let attempt = 0; attempt < 100 && !ready(last); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await read();
    }
    return last;
  }

  it('opens a model, takes the baseline, lets the reviewer approve it from the inbox, and shows it to the right people', async () => {
    expect((await call('enterprise.a', 'POST', '/pilot-models', { enterpriseId: enterpriseA, title: 'x', provinceCode: 'thanh-hoa' })).status).toBe(403);
    const created = await call('manager', 'POST', '/pilot-models', { enterpriseId: enterpriseA, title: 'Mô hình điểm năng suất chất lượng tại Công ty A', provinceCode: 'thanh-hoa' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const baseline = [
      { indicator: 'DEFECT_RATE', unit: '%', value: 4.5, date: '2026-10-01', source: 'Sổ theo dõi chất lượng' },
      { indicator: 'LABOUR_PRODUCTIVITY', unit: 'VND/người/năm', value: 200_000_000, date: '2026-10-01', source: 'Báo cáo tài chính 2025' },
    ];
    const submitted = await eventually(
      () => call('enterprise.a', 'POST', `/pilot-models/${id}/steps/assess/submission`, { deliverable: { measurements: baseline } }),
      (response) => response.status !== 409,
    );
    expect(submitted.status).toBe(200);
    expect((await call('enterprise.b', 'POST', `/pilot-models/${id}/steps/assess/submission`, { deliverable: { measurements: baseline } })).status).toBe(404);

    const inbox = await eventually(
      () => call('officer.tdc', 'GET', '/tasks?pageSize=100'),
      (response) => (response.body.items as { subject: { id: string } }[]).some((task) => task.subject.id === id),
    );
    const review = (inbox.body.items as { id: string; subject: { id: string; type: string }; step: { code: string } }[]).find((task) => task.subject.id === id);
    expect(review).toMatchObject({ subject: { type: 'pilot-model' } });
    expect((await call('officer.tdc', 'POST', `/tasks/${review?.id}/decision`, { outcome: 'approve' })).status).toBe(200);

    const detail = await eventually(
      () => call('manager', 'GET', `/pilot-models/${id}`),
      (response) => response.body.step === 'select',
    );
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id, step: 'select', status: expect.any(String) });
    expect((detail.body.timeline as { action: string }[]).length).toBeGreaterThan(0);
    expect(JSON.stringify(detail.body)).toContain('DEFECT_RATE');
    expect((await call('enterprise.a', 'GET', `/pilot-models/${id}`)).status).toBe(200);
    expect((await call('enterprise.b', 'GET', `/pilot-models/${id}`)).status).toBe(404);
    expect((await call('manager.hungyen', 'GET', `/pilot-models/${id}`)).status).toBe(404);

    const list = await call('manager', 'GET', '/pilot-models?province=thanh-hoa&step=select');
    expect((list.body.items as { id: string }[]).map((model) => model.id)).toContain(id);
    const dashboard = await call('manager', 'GET', '/dashboard/pilot-models');
    expect(dashboard.status).toBe(200);
    expect(JSON.stringify(dashboard.body)).toContain('thanh-hoa');
  });

  it("lets the province's programme manager terminate a model with a reason, in problem+json otherwise, and labels it on the timeline", async () => {
    const created = await call('manager', 'POST', '/pilot-models', { enterpriseId: enterpriseA, title: 'Mô hình điểm 5S tại Công ty A', provinceCode: 'thanh-hoa' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const reason = 'Doanh nghiệp ngừng sản xuất, không tiếp tục thực hiện mô hình';
    // The submission clock of step 1 is open on the enterprise.
    const open = await eventually(
      () => call('manager', 'GET', `/pilot-models/${id}`),
      (response) => (response.body.openTasks as unknown[]).length === 1,
    );
    expect(open.body).toMatchObject({ status: 'in-progress', step: 'assess', termination: null });

    // Roles that may not terminate (403), a manager of another province who cannot see the model (404), no reason (422).
    for (const username of ['enterprise.a', 'officer.tdc', 'admin']) {
      const refused = await call(username, 'POST', `/pilot-models/${id}/terminate`, { reason });
      expect({ username, status: refused.status, type: refused.contentType.includes('application/problem+json') }).toEqual({ username, status: 403, type: true });
    }
    expect((await call('manager.hungyen', 'POST', `/pilot-models/${id}/terminate`, { reason })).status).toBe(404);
    expect((await call('manager', 'POST', '/pilot-models/00000000-0000-4000-8000-000000000000/terminate', { reason })).status).toBe(404);
    const missing = await call('manager', 'POST', `/pilot-models/${id}/terminate`, {});
    expect(missing.status).toBe(422);
    expect(missing.contentType).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ status: 422, title: 'Cần nêu lý do', detail: 'Cần nêu lý do chấm dứt mô hình điểm.' });
    const blank = await call('manager', 'POST', `/pilot-models/${id}/terminate`, { reason: '   ' }, { 'accept-language': 'en' });
    expect(blank.body).toMatchObject({ status: 422, title: 'Reason required', detail: 'A termination needs a reason.' });
    expect((await call('manager', 'POST', `/pilot-models/${id}/terminate`, { reason: 42 })).status).toBe(400);

    const terminated = await call('manager', 'POST', `/pilot-models/${id}/terminate`, { reason });
    expect(terminated.status).toBe(200);
    expect(terminated.body).toMatchObject({ pilotModelId: id, status: 'terminated', step: null, termination: { reason, step: 'assess', by: { username: 'manager' } } });
    const again = await call('manager', 'POST', `/pilot-models/${id}/terminate`, { reason });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ status: 409, title: 'Mô hình điểm đã kết thúc', detail: 'Mô hình điểm đã bị chấm dứt.' });
    expect((await call('enterprise.a', 'POST', `/pilot-models/${id}/steps/assess/submission`, { deliverable: { measurements: [{ indicator: 'DEFECT_RATE', unit: '%', value: 4.5, date: '2026-10-01', source: 'Sổ theo dõi chất lượng' }] } })).status).toBe(409);

    // The detail: terminated, no open task (the clock was cancelled), the termination, and every timeline action labelled.
    const detail = await eventually(
      () => call('manager', 'GET', `/pilot-models/${id}`),
      (response) => (response.body.openTasks as unknown[]).length === 0 && (response.body.timeline as { action: string }[]).some((item) => item.action === 'task.cancelled'),
    );
    expect(detail.body).toMatchObject({ status: 'terminated', step: null, termination: { by: 'manager', reason, step: 'assess' } });
    type Item = { action: string; label: string; actor: string; comment: string | null };
    const timeline = detail.body.timeline as Item[];
    expect(timeline.find((item) => item.action === 'pilot-model.terminated')).toMatchObject({ label: 'Chấm dứt mô hình điểm', actor: 'manager', comment: reason });
    expect(timeline.map((item) => `${item.action} → ${item.label}`)).toEqual([
      'pilot-model.created → Khởi tạo mô hình điểm',
      'step.assess.started → Đánh giá thực trạng: bắt đầu',
      'task.opened → Giao xử lý',
      'pilot-model.terminated → Chấm dứt mô hình điểm',
      'task.cancelled → Hủy việc',
    ]);
    const english = await call('manager', 'GET', `/pilot-models/${id}`, undefined, { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' });
    expect((english.body.timeline as Item[]).map((item) => item.label)).toEqual(['Pilot model opened', 'Assess the current state: started', 'Assigned', 'Pilot model terminated', 'Task cancelled']);
    expect((await call('enterprise.a', 'GET', `/pilot-models/${id}`)).body).toMatchObject({ status: 'terminated', termination: { reason } });
    const list = await call('manager', 'GET', '/pilot-models?province=thanh-hoa&step=assess');
    expect((list.body.items as { id: string }[]).map((model) => model.id)).not.toContain(id);
    const dashboard = await call('manager', 'GET', '/dashboard/pilot-models');
    expect((dashboard.body.provinces as { provinceCode: string; terminated: number }[]).find((province) => province.provinceCode === 'thanh-hoa')).toMatchObject({ terminated: 1 });
  });
});
