import { DataSource } from 'typeorm';
import { ApplicationProjection, ApplicationProjectionActivities } from '../../activities/applications/application-projection.activities';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { verifyAuditTrail } from '../../libs/persistence/src/audit/verify-audit-trail';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

interface TimelineItem {
  at: string;
  actor: { id: string; name: string; role: string };
  action: string;
  label: string;
  step: string | null;
  comment: string | null;
}

describe('application timeline from the audit trail', () => {
  let stack: TestStack;
  let dataSource: DataSource;
  let enterpriseUser: Record<string, string>;

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await seedDemoAccountsInto(stack.database.url);
    enterpriseUser = await loginAs(stack.baseUrl, 'enterprise.a');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await stack?.stop();
  });

  const proposal = { title: 'Áp dụng 5S và Kaizen tại Công ty B', provinceCode: 'thanh-hoa', supportKind: 'improvement-tools', requestedAmountVnd: 120_000_000, sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong' };

  it('lists submission then withdrawal, with actor, time, step and reason, and a retried projection adds nothing', async () => {
    const created = await http(stack.baseUrl, 'POST', '/api/v1/applications', { body: proposal, headers: enterpriseUser });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await http(stack.baseUrl, 'POST', `/api/v1/applications/${id}/submit`, { headers: enterpriseUser })).status).toBe(200);
    const withdrawn = await http(stack.baseUrl, 'POST', `/api/v1/applications/${id}/withdraw`, { body: { reason: 'Doanh nghiệp tạm dừng đầu tư' }, headers: enterpriseUser });
    expect(withdrawn.status).toBe(200);

    const timeline = await http<{ items: TimelineItem[] }>(stack.baseUrl, 'GET', `/api/v1/applications/${id}/timeline`, { headers: enterpriseUser });
    expect(timeline.status).toBe(200);
    const system = { id: 'system', name: 'supportApplicationWorkflow', role: 'system' };
    const enterprise = { id: expect.any(String), name: 'enterprise.a', role: 'enterprise-user' };
    const caseEvents = timeline.body.items.filter((item) => item.action.startsWith('application.'));
    expect(caseEvents).toEqual([
      { at: expect.any(String), actor: enterprise, action: 'application.created', label: 'Lập hồ sơ (bản nháp)', step: 'draft', comment: null },
      { at: expect.any(String), actor: enterprise, action: 'application.submitted', label: 'Nộp hồ sơ đề nghị hỗ trợ', step: 'draft', comment: null },
      { at: expect.any(String), actor: enterprise, action: 'application.withdrawn', label: 'Rút hồ sơ', step: 'intake', comment: 'Doanh nghiệp tạm dừng đầu tư' },
    ]);
    const [, submittedAt, withdrawnAt] = caseEvents.map((item) => Date.parse(item.at));
    expect(submittedAt).toBeLessThanOrEqual(withdrawnAt);
    expect(Math.abs(Date.now() - submittedAt)).toBeLessThan(60_000);

    const english = await http<{ items: TimelineItem[] }>(stack.baseUrl, 'GET', `/api/v1/applications/${id}/timeline`, { headers: { ...enterpriseUser, 'accept-language': 'en' } });
    expect(english.body.items.filter((item) => item.action.startsWith('application.')).map((item) => item.label)).toEqual(['Draft opened', 'Application submitted', 'Application withdrawn']);

    // Each change was written by the workflow's activity, traced to it, in the same transaction as the projection.
    const rows = await stack.sql<{ request_id: string; action: string; after: { seq: number } }>(
      `SELECT request_id, action, after FROM audit_log WHERE subject_type = 'application' AND subject_id = $1 AND action LIKE 'application.%' ORDER BY seq`,
      [id],
    );
    expect(rows.map((row) => row.action)).toEqual(['application.created', 'application.submitted', 'application.withdrawn']);
    for (const row of rows) expect(row.request_id).toMatch(new RegExp(`^workflow/application-${id}/activity/\\w+$`));
    const lastSeq = rows[rows.length - 1].after.seq;
    // Count only what a retried projection could add: the intake task's own rows may still land
    // after the withdrawal answered (its cancellation runs on).
    const retriedRows = async () =>
      (await stack.sql(`SELECT seq FROM audit_log WHERE subject_id = $1 AND action IN ('application.withdrawn', 'application.submitted')`, [id])).length;
    expect(await retriedRows()).toBe(2);

    // Temporal may run an activity again after it committed (e.g. its completion was lost): nothing new is recorded.
    const activities = new ApplicationProjectionActivities(dataSource);
    const retry = (seq: number, status: string, step: string | null, action: string): ApplicationProjection => ({
      applicationId: id,
      title: proposal.title,
      provinceCode: proposal.provinceCode,
      enterpriseId: null,
      supportKind: proposal.supportKind,
      requestedAmountVnd: proposal.requestedAmountVnd,
      sponsoringDepartmentCode: null,
      procedureVersion: 'nscl/2021',
      departmentCodes: [],
      taskId: null,
      approvedAmountVnd: null,
      refundOrdered: false,
      status,
      step,
      seq,
      event: { action, actor: system, comment: null },
    });
    await activities.projectApplication(retry(lastSeq, 'withdrawn', null, 'application.withdrawn'));
    await activities.projectApplication(retry(2, 'in-progress', 'intake', 'application.submitted'));
    expect(await retriedRows()).toBe(2);
    expect((await http(stack.baseUrl, 'GET', `/api/v1/applications/${id}`, { headers: enterpriseUser })).body).toMatchObject({ status: 'withdrawn' });
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true });
  });

  it('answers 404 as a problem for an unknown application', async () => {
    const missing = await http(stack.baseUrl, 'GET', '/api/v1/applications/00000000-0000-4000-8000-000000000000/timeline', { headers: enterpriseUser });
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
  });
});
