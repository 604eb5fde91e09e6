import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

describe('applications API on a Temporal dev server and PostgreSQL', () => {
  let stack: TestStack;
  let enterpriseUser: Record<string, string>;

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    await seedDemoAccountsInto(stack.database.url);
    enterpriseUser = await loginAs(stack.baseUrl, 'enterprise.a');
  });

  /** Calls the API as the demo enterprise user (applications need a signed-in enterprise user). */
  const api = (method: string, path: string, options: Parameters<typeof http>[3] = {}) =>
    http(stack.baseUrl, method, path, { ...options, headers: { ...enterpriseUser, ...options.headers } });

  afterAll(async () => {
    await stack?.stop();
  });

  const proposal = {
    title: 'Áp dụng ISO 9001 và 5S tại Công ty Cổ phần Chế biến Nông sản A',
    provinceCode: 'thanh-hoa',
    supportKind: 'management-systems',
    requestedAmountVnd: 300_000_000,
  };

  it('round-trips a new case through the workflow and the PostgreSQL projection', async () => {
    const created = await api('POST', '/api/v1/applications', { body: proposal });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...proposal, status: 'draft', currentStep: 'draft', procedureVersion: null });
    const id = created.body.id as string;

    const fetched = await api('GET', `/api/v1/applications/${id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created.body);

    const description = await stack.temporal.workflow.getHandle(`application-${id}`).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe(stack.temporalOptions.taskQueue);
  });

  it('answers invalid input with problem+json naming each field, in Vietnamese by default and in English on request', async () => {
    const vi = await api('POST', '/api/v1/applications', { body: { title: '', provinceCode: 'Thanh Hoa', requestedAmountVnd: -5, extra: 1 } });
    expect(vi.status).toBe(400);
    expect(vi.contentType).toContain('application/problem+json');
    expect(vi.body).toMatchObject({ status: 400, title: 'Dữ liệu không hợp lệ' });
    const fields = (vi.body.errors as { field: string; message: string }[]).map((error) => error.field);
    expect(new Set(fields)).toEqual(new Set(['title', 'provinceCode', 'requestedAmountVnd', 'extra']));
    expect(vi.body.errors).toContainEqual({ field: 'requestedAmountVnd', message: 'requestedAmountVnd phải lớn hơn hoặc bằng 0' });

    const en = await api('POST', '/api/v1/applications', { body: { ...proposal, title: 'x'.repeat(501) }, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.status).toBe(400);
    expect(en.body).toMatchObject({ title: 'Invalid input', errors: [{ field: 'title', message: 'title must be at most 500 characters long' }] });

    const malformed = await api('POST', '/api/v1/applications', { rawBody: '{"title": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.contentType).toContain('application/problem+json');
    expect(malformed.body.detail).toBe('Nội dung gửi lên không phải JSON hợp lệ.');

    const [{ count }] = await stack.sql<{ count: string }>('SELECT count(*) FROM applications WHERE title = $1', ['']);
    expect(Number(count)).toBe(0);
  });

  it('answers 404 and 400 as problems for unknown or malformed ids', async () => {
    const missing = await api('GET', '/api/v1/applications/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
    expect(missing.body.title).toBe('Không tìm thấy hồ sơ');

    const malformed = await api('GET', '/api/v1/applications/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.contentType).toContain('application/problem+json');
  });

  it('never starts a second workflow for a repeated Idempotency-Key, and refuses the key for a different body', async () => {
    const headers = { 'idempotency-key': `submit-${Date.now()}` };
    const first = await api('POST', '/api/v1/applications', { body: proposal, headers });
    const second = await api('POST', '/api/v1/applications', { body: proposal, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);

    const runs = stack.temporal.workflow.list({ query: `WorkflowId = 'application-${first.body.id as string}'` });
    let runCount = 0;
    for await (const _run of runs) runCount += 1;
    expect(runCount).toBe(1);
    const rows = await stack.sql('SELECT id FROM applications WHERE id = $1', [first.body.id]);
    expect(rows).toHaveLength(1);

    const reused = await api('POST', '/api/v1/applications', { body: { ...proposal, requestedAmountVnd: 1 }, headers });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toContain('idempotency-key-reused');
  });

  it('loses nothing when the worker is down: a withdrawal sent meanwhile completes once a worker is back', async () => {
    const created = await api('POST', '/api/v1/applications', { body: proposal });
    const id = created.body.id as string;

    await stack.stopWorker();
    const withdrawal = api('POST', `/api/v1/applications/${id}/withdraw`, { body: { reason: 'Doanh nghiệp tạm dừng đầu tư' } });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await stack.startWorker();

    const withdrawn = await withdrawal;
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ id, status: 'withdrawn', currentStep: null });
    // A draft withdrawn before submission is discarded; the timeline says so.
    const [discarded] = await stack.sql<{ action: string }>(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY seq DESC LIMIT 1`, [id]);
    expect(discarded.action).toBe('application.discarded');
    expect(await stack.temporal.workflow.getHandle(`application-${id}`).result()).toMatchObject({ status: 'withdrawn' });

    const again = await api('POST', `/api/v1/applications/${id}/withdraw`, { body: { reason: 'lần hai' } });
    expect(again.status).toBe(409);
  });
});
