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
    for (const username of ['manager', 'manager.hungyen', 'enterprise.a', 'enterprise.b', 'officer.tdc']) as[username] = await loginAs(stack.baseUrl, username);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const call = (username: string, method: string, path: string, body?: unknown): Promise<HttpResult> => http(stack.baseUrl, method, `/api/v1${path}`, { body, headers: as[username] });

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
});
