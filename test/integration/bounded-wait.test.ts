import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import type { supportApplicationWorkflow } from '../../workflows/support-application/support-application.workflow';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

const WAIT_MS = 2_000;

describe('no request waits on a workflow without a bound (API_WORKFLOW_WAIT_MS)', () => {
  let stack: TestStack;
  let enterpriseA: string;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    installQuietRuntime();
    // Read by createApiApp when the API starts (Jest gives each test file its own process.env).
    process.env.API_WORKFLOW_WAIT_MS = String(WAIT_MS);
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    const seeded = await seedDemoAccountsInto(stack.database.url);
    enterpriseA = seeded.users['enterprise.a'].enterpriseId as string;
    headers['enterprise.a'] = await loginAs(stack.baseUrl, 'enterprise.a');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers 503 with Retry-After, within the bound, when no worker takes the request, and records nothing', async () => {
    // A case whose workflow runs on a task queue no worker polls: its updates are never accepted.
    const id = randomUUID();
    await stack.temporal.workflow.start<typeof supportApplicationWorkflow>('supportApplicationWorkflow', {
      taskQueue: `nobody-polls-${id}`,
      workflowId: `application-${id}`,
      args: [{ applicationId: id, title: 'Tên ban đầu', provinceCode: 'thanh-hoa', enterpriseId: enterpriseA, enterpriseTaxCode: null, supportKind: null, requestedAmountVnd: null, sponsoringDepartmentCode: null, createdBy: null }],
    });
    await stack.sql(`INSERT INTO applications (id, workflow_id, title, province_code, status, current_step, enterprise_id) VALUES ($1, $2, 'Tên ban đầu', 'thanh-hoa', 'draft', 'draft', $3)`, [
      id,
      `application-${id}`,
      enterpriseA,
    ]);

    const started = Date.now();
    const response = await fetch(`${stack.baseUrl}/api/v1/applications/${id}`, {
      method: 'PATCH',
      headers: { ...headers['enterprise.a'], 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ title: 'Tên mới' }),
    });
    const elapsed = Date.now() - started;
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(body.detail).toContain('nothing was recorded');
    expect(elapsed).toBeGreaterThanOrEqual(WAIT_MS - 100);
    expect(elapsed).toBeLessThan(WAIT_MS + 3_000);
    const [row] = await stack.sql<{ title: string }>(`SELECT title FROM applications WHERE id = $1`, [id]);
    expect(row.title).toBe('Tên ban đầu');
    await stack.temporal.workflow.getHandle(`application-${id}`).terminate('test over');
  });

  /** A case on its own task queue; a worker runs its workflow there but no activity, so nothing it records completes. */
  async function caseOnQueue(taskQueue: string): Promise<string> {
    const id = randomUUID();
    await stack.temporal.workflow.start<typeof supportApplicationWorkflow>('supportApplicationWorkflow', {
      taskQueue,
      workflowId: `application-${id}`,
      args: [{ applicationId: id, title: 'Tên ban đầu', provinceCode: 'thanh-hoa', enterpriseId: enterpriseA, enterpriseTaxCode: null, supportKind: null, requestedAmountVnd: null, sponsoringDepartmentCode: null, createdBy: null }],
    });
    await stack.sql(`INSERT INTO applications (id, workflow_id, title, province_code, status, current_step, enterprise_id) VALUES ($1, $2, 'Tên ban đầu', 'thanh-hoa', 'draft', 'draft', $3)`, [
      id,
      `application-${id}`,
      enterpriseA,
    ]);
    return id;
  }

  it('answers 202 within the bound when the workflow accepted the request but has not finished it', async () => {
    const taskQueue = `workflows-only-${randomUUID()}`;
    const connection = await NativeConnection.connect({ address: stack.temporalOptions.address });
    const worker = await Worker.create({ connection, namespace: stack.temporalOptions.namespace, taskQueue, workflowsPath: path.resolve(__dirname, '..', '..', 'workflows') });
    await worker.runUntil(async () => {
      const id = await caseOnQueue(taskQueue);
      const started = Date.now();
      const response = await fetch(`${stack.baseUrl}/api/v1/applications/${id}`, {
        method: 'PATCH',
        headers: { ...headers['enterprise.a'], 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ title: 'Tên mới' }),
      });
      const elapsed = Date.now() - started;
      const body = (await response.json()) as Record<string, unknown>;
      expect(response.status).toBe(202);
      expect(body).toMatchObject({ status: 202, type: expect.stringContaining('request-still-processing') });
      expect(elapsed).toBeLessThan(WAIT_MS + 3_000);
      await stack.temporal.workflow.getHandle(`application-${id}`).terminate('test over');
    });
    await connection.close();
  });

  it('answers a request a worker handles at once as before', async () => {
    const created = await fetch(`${stack.baseUrl}/api/v1/applications`, {
      method: 'POST',
      headers: { ...headers['enterprise.a'], 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Áp dụng 5S', provinceCode: 'thanh-hoa' }),
    });
    expect(created.status).toBe(201);
  });
});
