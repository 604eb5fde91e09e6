import { DataSource } from 'typeorm';
import { ApplicationProjection, ApplicationProjectionActivities } from '../../activities/applications/application-projection.activities';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
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
    await seedDemoAccountsInto(stack.database.url);
    enterpriseUser = await loginAs(stack.baseUrl, 'enterprise.a');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await stack?.stop();
  });

  const proposal = { title: 'Áp dụng 5S và Kaizen tại Công ty B', provinceCode: 'thanh-hoa', supportKind: 'improvement-tools', requestedAmountVnd: 120_000_000 };

  it('lists submission then withdrawal, with actor, time, step and reason, and a retried projection adds nothing', async () => {
    const created = await http(stack.baseUrl, 'POST', '/api/v1/applications', { body: proposal, headers: enterpriseUser });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const withdrawn = await http(stack.baseUrl, 'POST', `/api/v1/applications/${id}/withdraw`, { body: { reason: 'Doanh nghiệp tạm dừng đầu tư' }, headers: enterpriseUser });
    expect(withdrawn.status).toBe(200);

    const timeline = await http<{ items: TimelineItem[] }>(stack.baseUrl, 'GET', `/api/v1/applications/${id}/timeline`, { headers: enterpriseUser });
    expect(timeline.status).toBe(200);
    const system = { id: 'system', name: 'supportApplicationWorkflow', role: 'system' };
    expect(timeline.body.items).toEqual([
      { at: expect.any(String), actor: system, action: 'application.submitted', label: 'Nộp hồ sơ đề nghị hỗ trợ', step: 'intake', comment: null },
      { at: expect.any(String), actor: system, action: 'application.withdrawn', label: 'Rút hồ sơ', step: 'intake', comment: 'Doanh nghiệp tạm dừng đầu tư' },
    ]);
    const [submittedAt, withdrawnAt] = timeline.body.items.map((item) => Date.parse(item.at));
    expect(submittedAt).toBeLessThanOrEqual(withdrawnAt);
    expect(Math.abs(Date.now() - submittedAt)).toBeLessThan(60_000);

    const english = await http<{ items: TimelineItem[] }>(stack.baseUrl, 'GET', `/api/v1/applications/${id}/timeline`, { headers: { ...enterpriseUser, 'accept-language': 'en' } });
    expect(english.body.items.map((item) => item.label)).toEqual(['Application submitted', 'Application withdrawn']);

    // Each change was written by the workflow's activity, traced to it, in the same transaction as the projection.
    const rows = await stack.sql<{ request_id: string; before: unknown; after: unknown }>(
      `SELECT request_id, before, after FROM audit_log WHERE subject_type = 'application' AND subject_id = $1 ORDER BY seq`,
      [id],
    );
    expect(rows.map((row) => row.request_id)).toEqual([expect.stringMatching(new RegExp(`^workflow/application-${id}/activity/\\w+$`)), expect.stringMatching(/^workflow\//)]);
    expect(rows[1]).toMatchObject({ before: { status: 'submitted', step: 'intake', seq: 1 }, after: { status: 'withdrawn', step: null, seq: 2 } });

    // Temporal may run an activity again after it committed (e.g. its completion was lost): nothing new is recorded.
    const activities = new ApplicationProjectionActivities(dataSource);
    const input = { applicationId: id, title: proposal.title, provinceCode: proposal.provinceCode, supportKind: proposal.supportKind, requestedAmountVnd: proposal.requestedAmountVnd };
    const retry = (seq: number, status: string, step: string | null, action: string): ApplicationProjection => ({
      ...input,
      status,
      step,
      seq,
      event: { action, actor: system, comment: null },
    });
    await activities.projectApplication(retry(2, 'withdrawn', null, 'application.withdrawn'));
    await activities.projectApplication(retry(1, 'submitted', 'intake', 'application.submitted'));

    const again = await http<{ items: TimelineItem[] }>(stack.baseUrl, 'GET', `/api/v1/applications/${id}/timeline`, { headers: enterpriseUser });
    expect(again.body.items.map((item) => item.action)).toEqual(['application.submitted', 'application.withdrawn']);
    expect((await http(stack.baseUrl, 'GET', `/api/v1/applications/${id}`, { headers: enterpriseUser })).body).toMatchObject({ status: 'withdrawn' });
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true });
  });

  it('answers 404 as a problem for an unknown application', async () => {
    const missing = await http(stack.baseUrl, 'GET', '/api/v1/applications/00000000-0000-4000-8000-000000000000/timeline', { headers: enterpriseUser });
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
  });
});
