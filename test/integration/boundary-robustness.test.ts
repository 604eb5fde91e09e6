import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { CaseDriver } from '../harness/case-driver';
import { eventually } from '../harness/eventually';
import { recordHistory } from '../harness/histories';
import { http, HttpResult } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';
import { Actor } from '../../workflows/decision/messages';
import { CaseRejection, editDraftUpdate } from '../../workflows/support-application/messages';

const PEOPLE = ['enterprise.a', 'officer.tdc', 'officer.congthuong', 'officer.taichinh', 'approver.ubnd', 'officer.skhcn', 'council.secretary', 'manager', 'manager.hungyen'];
/** Written into a serialised body as a JSON number JavaScript cannot hold (2^53 + 1). */
const BIG = '__beyond-safe-integer__';
const HOSTILE_KINDS = ['null', 'wrong-type', 'nul-byte', '1e308', '2^53+1', 'negative', 'huge-string', 'deep-nesting'] as const;
type HostileKind = (typeof HOSTILE_KINDS)[number];

/** A value of another JSON type than the valid one, so it is wrong whatever the field's rule. */
function wrongType(valid: unknown): unknown {
  if (typeof valid === 'string') return 12345;
  if (typeof valid === 'number') return '12345';
  if (typeof valid === 'boolean') return 'yes';
  if (Array.isArray(valid)) return 'not-a-list';
  return ['not', 'an', 'object'];
}

const deeplyNested = (levels: number): unknown => Array.from({ length: levels }).reduce<unknown>((inner) => ({ a: inner }), 'bottom');

function hostileValue(kind: HostileKind, valid: unknown, noise: string): unknown {
  switch (kind) {
    case 'null':
      return null;
    case 'wrong-type':
      return wrongType(valid);
    case 'nul-byte':
      return typeof valid === 'string' ? `${valid.slice(0, 10)}\u0000${noise}` : `\u0000${noise}`;
    case '1e308':
      return 1e308;
    case '2^53+1':
      return BIG;
    case 'negative':
      return typeof valid === 'number' ? -1 - valid : -1;
    case 'huge-string':
      return 'x'.repeat(30_000);
    case 'deep-nesting':
      return deeplyNested(40);
  }
}

describe('no input wedges a case: every value is checked at the boundary (real Temporal and PostgreSQL)', () => {
  let stack: TestStack;
  let driver: CaseDriver;
  let documentsDir: string;
  let userIds: Record<string, string>;
  let enterpriseA: string;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    installQuietRuntime();
    documentsDir = await mkdtemp(path.join(tmpdir(), 'nscl-robustness-'));
    process.env.DOCUMENTS_DIR = documentsDir;
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    const seeded = await seedDemoAccountsInto(stack.database.url);
    userIds = Object.fromEntries(Object.entries(seeded.users).map(([username, user]) => [username, user.id]));
    enterpriseA = seeded.users['enterprise.a'].enterpriseId as string;
    for (const username of PEOPLE) headers[username] = await loginAs(stack.baseUrl, username);
    driver = new CaseDriver(stack, headers);
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(documentsDir, { recursive: true, force: true });
  });

  const proposal = {
    title: 'Áp dụng ISO 9001 tại Công ty A',
    provinceCode: 'thanh-hoa',
    supportKind: 'management-systems',
    requestedAmountVnd: 300_000_000,
    sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
  };

  async function draft(): Promise<string> {
    const created = await driver.call('enterprise.a', 'POST', '/applications', proposal);
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  async function submitted(): Promise<{ id: string; intakeTask: string }> {
    const id = await draft();
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);
    const intake = await driver.awaitStep(id, 'intake');
    return { id, intakeTask: (intake.currentTask as { id: string }).id };
  }

  /** Sends `raw` JSON text as `username`; the answer and how long it took. */
  async function timed(username: string, method: string, route: string, raw: string): Promise<{ result: HttpResult; ms: number }> {
    const started = Date.now();
    const result = await http(stack.baseUrl, method, `/api/v1${route}`, { rawBody: raw, headers: headers[username] });
    return { result, ms: Date.now() - started };
  }

  const serialise = (body: unknown): string => JSON.stringify(body).split(JSON.stringify(BIG)).join('9007199254740993');

  it('answers each request that used to wedge a case with a 400 problem at once, and the case goes on', async () => {
    const id = await draft();
    const wedging: [string, string][] = [
      ['title null', '{"title":null}'],
      ['title with NUL', '{"title":"Tên\\u0000nhiệm vụ"}'],
      ['amount 1e308', '{"requestedAmountVnd":1e308}'],
      ['amount 2^53+1', '{"requestedAmountVnd":9007199254740993}'],
    ];
    for (const [what, raw] of wedging) {
      const { result, ms } = await timed('enterprise.a', 'PATCH', `/applications/${id}`, raw);
      expect({ what, status: result.status, contentType: result.contentType }).toEqual({ what, status: 400, contentType: expect.stringContaining('application/problem+json') });
      expect(ms).toBeLessThan(2_000);
    }
    const nulTitle = await timed('enterprise.a', 'PATCH', `/applications/${id}`, '{"title":"x\\u0000"}');
    expect(nulTitle.result.body.errors).toEqual([expect.objectContaining({ field: 'title' })]);
    expect((await driver.call('enterprise.a', 'GET', `/applications/${id}`)).body).toMatchObject({ title: proposal.title, requestedAmountVnd: 300_000_000 });

    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);
    const intake = ((await driver.awaitStep(id, 'intake')).currentTask as { id: string }).id;
    const noTarget = await timed('manager', 'POST', `/tasks/${intake}/reassign`, '{"reason":"Chuyển"}');
    expect(noTarget.result.status).toBe(400);
    expect(noTarget.result.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'to' })]));
    expect(noTarget.ms).toBeLessThan(2_000);
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    await driver.awaitStep(id, 'endorsement');
  });

  it('refuses page numbers and query values no list can use, with a 400 problem', async () => {
    for (const query of ['page=1e308', 'page=9007199254740993', 'page=0', 'page=-1', 'page=1000001', 'pageSize=101', 'pageSize=abc', 'page=1%00', 'sort=title%00']) {
      for (const route of ['/applications', '/tasks', '/pilot-models', '/notifications']) {
        const answer = await driver.call('manager', 'GET', `${route}?${query}`);
        expect({ route, query, status: answer.status, contentType: answer.contentType }).toEqual({ route, query, status: 400, contentType: expect.stringContaining('application/problem+json') });
      }
    }
    expect((await driver.call('manager', 'GET', '/applications?page=1000000')).status).toBe(200);
  });

  it('refuses a generated set of hostile values in every field of every creating or updating body, promptly, and the case still takes its decisions', async () => {
    const editable = await draft();
    const { id, intakeTask } = await submitted();
    const withdrawable = await draft();
    const routes: { who: string; method: string; route: string; body: Record<string, unknown> }[] = [
      { who: 'enterprise.a', method: 'POST', route: '/applications', body: proposal },
      { who: 'enterprise.a', method: 'PATCH', route: `/applications/${editable}`, body: { title: 'Tên mới', supportKind: 'management-systems', requestedAmountVnd: 1, sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong' } },
      { who: 'enterprise.a', method: 'POST', route: `/applications/${withdrawable}/withdraw`, body: { reason: 'Không tiếp tục' } },
      { who: 'officer.tdc', method: 'POST', route: `/tasks/${intakeTask}/decision`, body: { outcome: 'accept', comment: 'Đủ hồ sơ', data: { note: 'x' } } },
      { who: 'manager', method: 'POST', route: `/tasks/${intakeTask}/reassign`, body: { to: { kind: 'department', id: 'thanh-hoa/chi-cuc-tdc' }, reason: 'Giữ nguyên' } },
      { who: 'manager', method: 'POST', route: `/tasks/${intakeTask}/extend`, body: { amount: 2, unit: 'working', reason: 'Chờ' } },
      { who: 'manager', method: 'POST', route: '/enterprises', body: { taxCode: '0109999999', name: 'Công ty thử', sector: 'trade-services', staff: 10, revenueVnd: 1, capitalVnd: 1, provinceCode: 'thanh-hoa', address: 'Thanh Hóa' } },
      { who: 'manager', method: 'POST', route: '/pilot-models', body: { enterpriseId: enterpriseA, title: 'Mô hình điểm', provinceCode: 'thanh-hoa' } },
    ];
    // Every (route, field, kind), plus an unknown field per route; fast-check draws the noise and the unknown names.
    const noises = fc.sample(fc.string({ maxLength: 20 }), { seed: 20_261_204, numRuns: 400 });
    const unknownNames = fc.sample(fc.stringMatching(/^[a-z]{3,12}$/), { seed: 20_261_205, numRuns: routes.length }).map((name) => `zz${name}`);
    const cases: { label: string; who: string; method: string; route: string; raw: string }[] = [];
    let drawn = 0;
    routes.forEach((target, index) => {
      for (const [field, valid] of Object.entries(target.body)) {
        for (const kind of HOSTILE_KINDS) {
          const body = { ...target.body, [field]: hostileValue(kind, valid, noises[drawn++ % noises.length]) };
          cases.push({ label: `${target.method} ${target.route} ${field}=${kind}`, ...target, raw: serialise(body) });
        }
      }
      cases.push({ label: `${target.method} ${target.route} unknown ${unknownNames[index]}`, ...target, raw: serialise({ ...target.body, [unknownNames[index]]: 'x' }) });
      cases.push({ label: `${target.method} ${target.route} body nested`, ...target, raw: serialise(deeplyNested(40)) });
    });

    let slowest = { label: '', ms: 0 };
    const accepted: string[] = [];
    for (const hostile of cases) {
      const { result, ms } = await timed(hostile.who, hostile.method, hostile.route, hostile.raw);
      if (result.status < 400 || result.status >= 500 || !result.contentType.includes('application/problem+json')) accepted.push(`${hostile.label} → ${result.status}`);
      if (ms > slowest.ms) slowest = { label: hostile.label, ms };
    }
    process.stdout.write(`${cases.length} hostile requests; slowest answer ${slowest.ms} ms (${slowest.label})\n`);
    expect(accepted).toEqual([]);
    expect(slowest.ms).toBeLessThan(5_000);

    // Nothing was recorded, and every case still takes its normal decisions.
    expect((await driver.call('enterprise.a', 'GET', `/applications/${editable}`)).body).toMatchObject({ title: proposal.title, status: 'draft' });
    expect((await driver.call('enterprise.a', 'POST', `/applications/${editable}/submit`)).status).toBe(200);
    expect((await driver.call('enterprise.a', 'POST', `/applications/${withdrawable}/withdraw`, { reason: 'Không tiếp tục' })).status).toBe(200);
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    await driver.awaitStep(id, 'endorsement');
  });

  it('rejects and undoes a draft edit PostgreSQL refuses, sent straight to the workflow, and the case keeps working', async () => {
    const id = await draft();
    const handle = stack.temporal.workflow.getHandle(`application-${id}`);
    const actor: Actor = { userId: userIds['enterprise.a'], username: 'enterprise.a', roles: ['enterprise-user'], provinceCode: 'thanh-hoa', enterpriseId: enterpriseA, councilIds: [] };
    // Values the workflow takes but PostgreSQL refuses (NUL in text; beyond bigint), past the API's checks.
    for (const changes of [{ title: 'Tên\u0000mới' }, { requestedAmountVnd: 1e308 }]) {
      const started = Date.now();
      const refused = await handle.executeUpdate(editDraftUpdate, { args: [{ actor, ...changes }] }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = (refused as WorkflowUpdateFailedError).cause;
      expect(cause).toBeInstanceOf(ApplicationFailure);
      expect((cause as ApplicationFailure).type).toBe(CaseRejection.unrecordable);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
    expect((await handle.describe()).status.name).toBe('RUNNING');
    const edited = await handle.executeUpdate(editDraftUpdate, { args: [{ actor, title: 'Tên sau khi sửa' }] });
    expect(edited).toMatchObject({ applicationId: id, status: 'draft' });
    expect((await driver.call('enterprise.a', 'GET', `/applications/${id}`)).body).toMatchObject({ title: 'Tên sau khi sửa', requestedAmountVnd: 300_000_000 });
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    await driver.awaitStep(id, 'endorsement');

    // A short case with the undone edit, for the replay test: refused edit, normal edit, discarded draft.
    const shortCase = await draft();
    const shortHandle = stack.temporal.workflow.getHandle(`application-${shortCase}`);
    await expect(shortHandle.executeUpdate(editDraftUpdate, { args: [{ actor, title: 'x\u0000' }] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await shortHandle.executeUpdate(editDraftUpdate, { args: [{ actor, title: 'Tên khác' }] });
    expect((await driver.call('enterprise.a', 'POST', `/applications/${shortCase}/withdraw`, { reason: 'Không tiếp tục' })).status).toBe(200);
    await shortHandle.result();
    await recordHistory('support-application-unrecordable-edit-undone', shortHandle);
  });

  it('opens nothing for an enterprise outside the caller’s province', async () => {
    const elsewhere = await driver.call('manager.hungyen', 'POST', '/pilot-models', { enterpriseId: enterpriseA, title: 'Mô hình điểm tại Công ty A', provinceCode: 'hung-yen' });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors).toEqual([expect.objectContaining({ field: 'enterpriseId' })]);
    expect((await driver.call('manager.hungyen', 'POST', '/pilot-models', { enterpriseId: enterpriseA, title: 'x', provinceCode: 'thanh-hoa' })).status).toBe(403);
    expect((await driver.call('manager.hungyen', 'POST', '/enterprises', { taxCode: '0108888888', name: 'Công ty khác', sector: 'trade-services', staff: 5, provinceCode: 'thanh-hoa' })).status).toBe(403);
    expect((await driver.call('enterprise.a', 'POST', '/applications', { ...proposal, provinceCode: 'hung-yen' })).status).toBe(403);
    const [{ count }] = await stack.sql<{ count: string }>(`SELECT count(*) FROM pilot_models WHERE province_code = 'hung-yen'`);
    expect(count).toBe('0');
  });

  it('reassigns a step only to someone of its province, and the step lands in the new assignee’s inbox', async () => {
    const { intakeTask } = await submitted();
    const refused: Record<string, unknown>[] = [
      { kind: 'department', id: 'thanh-hoa/khong-ton-tai' },
      { kind: 'department', id: 'hung-yen/so-khcn' },
      { kind: 'user', id: 'officer.skhcn' },
      { kind: 'user', id: userIds['manager.hungyen'] },
      { kind: 'role', id: 'no-such-role' },
      { kind: 'enterprise', id: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const to of refused) {
      const answer = await driver.call('manager', 'POST', `/tasks/${intakeTask}/reassign`, { to });
      expect({ to, status: answer.status, errors: answer.body.errors }).toEqual({ to, status: 422, errors: [expect.objectContaining({ field: 'to' })] });
    }
    const inboxOf = async (username: string) => ((await driver.call(username, 'GET', '/tasks?pageSize=100')).body.items as { id: string }[]).map((task) => task.id);
    const targets: [Record<string, unknown>, string][] = [
      [{ kind: 'department', id: 'thanh-hoa/so-cong-thuong' }, 'officer.congthuong'],
      [{ kind: 'user', id: userIds['officer.skhcn'] }, 'officer.skhcn'],
      [{ kind: 'role', id: 'council-secretary' }, 'council.secretary'],
    ];
    for (const [to, assignee] of targets) {
      const answer = await driver.call('manager', 'POST', `/tasks/${intakeTask}/reassign`, { to, reason: 'Phân công lại' });
      expect(answer.status).toBe(200);
      expect(await eventually(() => inboxOf(assignee), (ids) => ids.includes(intakeTask))).toContain(intakeTask);
    }
  });

  it('takes the enterprise’s documents during implementation and acceptance, and in no other step after submission', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
    const upload = async (id: string, kind: string) => {
      const form = new FormData();
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), `${kind}.pdf`);
      form.append('kind', kind);
      const response = await fetch(`${stack.baseUrl}/api/v1/applications/${id}/documents`, { method: 'POST', headers: headers['enterprise.a'], body: form });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const { id } = await submitted();
    const duringIntake = await upload(id, 'other');
    expect(duringIntake.status).toBe(409);
    expect(duringIntake.body.type).toContain('application-closed-for-documents');
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    expect((await driver.decide(id, 'endorsement', 'officer.congthuong', 'endorse')).status).toBe(200);
    expect((await driver.decide(id, 'identification-council', 'council.secretary', 'carry-out-selection')).status).toBe(200);
    expect((await driver.decide(id, 'selection-council', 'council.secretary', 'selected')).status).toBe(200);
    expect((await driver.decide(id, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 250_000_000 } })).status).toBe(200);
    expect((await driver.decide(id, 'approval', 'approver.ubnd', 'approve')).status).toBe(200);
    await driver.awaitStep(id, 'contract');
    expect((await upload(id, 'other')).status).toBe(409);
    const terms = { effectiveDate: '2026-12-01', durationMonths: 12, tranches: [{ amountVnd: 250_000_000, dueDate: '2026-12-15' }], milestones: [{ title: 'Xây dựng hệ thống tài liệu', dueDate: '2027-04-30' }] };
    expect((await driver.decide(id, 'contract', 'officer.skhcn', 'signed', { data: terms })).status).toBe(200);
    await driver.awaitStep(id, 'implementation');

    const evidence = await upload(id, 'progress-evidence');
    expect(evidence.status).toBe(201);
    expect(evidence.body).toMatchObject({ kind: 'progress-evidence' });
    const reported = await driver.call('enterprise.a', 'POST', `/applications/${id}/progress`, { note: 'Đã ban hành quy trình', documentIds: [evidence.body.id] });
    expect(reported.status).toBe(200);
    expect((await driver.decide(id, 'implementation', 'officer.skhcn', 'completed')).status).toBe(200);
    await driver.awaitStep(id, 'acceptance');
    const dossier = await upload(id, 'acceptance-dossier');
    expect(dossier.status).toBe(201);
    expect((await driver.decide(id, 'acceptance', 'council.secretary', 'pass')).status).toBe(200);
    await driver.awaitStep(id, 'settlement');
    expect((await upload(id, 'other')).status).toBe(409);
    const [{ count }] = await stack.sql<{ count: string }>(`SELECT count(*) FROM documents WHERE application_id = $1`, [id]);
    expect(count).toBe('2');
  });
});
