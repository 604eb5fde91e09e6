import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NSCL_2021 } from '../../libs/domain/src/procedures/nscl-2021.seed';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/* eslint-disable @typescript-eslint/no-explicit-any -- OpenAPI and page bodies are read as plain JSON */
type Body = any;

const SELECTION_ROLL: [number, string][] = [
  [1, 'chair'],
  [2, 'reviewer'],
  [3, 'reviewer'],
  [4, 'secretary'],
  [5, 'member'],
  [6, 'member'],
  [7, 'member'],
];
const IDENTIFICATION_ROLES = ['chair', 'vice-chair', 'secretary', 'reviewer', 'reviewer', 'member', 'member', 'member', 'member'];
/** Project sheet, 80 points. */
const SCORES_80 = { overview: 6, content: 16, 'novelty-feasibility': 10, 'socio-economic-effect': 10, products: 13, 'financial-plan': 12, capacity: 13 };

describe('councils: roster, my councils, meeting date, figures of the procedure version, documented ballots (real API + PostgreSQL)', () => {
  let stack: TestStack;
  let seed: DemoSeedResult;
  const headers: Record<string, Record<string, string>> = {};
  const memberId = (n: number) => seed.users[`council.member${n}`].id;
  const call = (username: string, method: string, path: string, body?: unknown) => http<Body>(stack.baseUrl, method, `/api/v1${path}`, { body, headers: headers[username] });

  async function application(procedureVersion: string | null = null): Promise<string> {
    const id = randomUUID();
    await stack.sql(
      `INSERT INTO applications (id, workflow_id, title, province_code, status, requested_amount_vnd, procedure_version) VALUES ($1, $2, 'Áp dụng Lean tại Công ty A', 'thanh-hoa', 'in-progress', 300000000, $3)`,
      [id, `application-${id}`, procedureVersion],
    );
    return id;
  }
  const identificationRoll = () => IDENTIFICATION_ROLES.map((role, index) => ({ userId: memberId(index + 1), role }));
  const selectionRoll = () => SELECTION_ROLL.map(([n, role]) => ({ userId: memberId(n), role }));

  async function today(): Promise<string> {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  }
  async function dueDate(from: string, amount: number): Promise<string> {
    const response = await call('council.secretary', 'GET', `/calendar/due-date?from=${from}&amount=${amount}&unit=working`);
    expect(response.status).toBe(200);
    return response.body.dueDate as string;
  }
  const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    // Departments (the roster's units) are reference data.
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    seed = await seedDemoAccountsInto(stack.database.url);
    for (const username of ['council.secretary', 'council.member1', 'council.member8', 'council.member9', 'manager', 'officer.tdc', 'enterprise.a', 'admin']) {
      headers[username] = await loginAs(stack.baseUrl, username);
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('GET /councils/roster', () => {
    it('gives the secretary the active council members of their province, with unit, Finance Department seat and load; others 403', async () => {
      await stack.sql(`UPDATE users SET department_code = 'thanh-hoa/so-tai-chinh' WHERE username = 'council.member5'`);
      // Not on the roster: a Hưng Yên council member and a deactivated Thanh Hóa one.
      await stack.sql(
        `INSERT INTO users (id, username, password_hash, display_name, roles, province_code, active) VALUES ($1, 'council.hungyen', 'x', 'Thành viên Hưng Yên', '{council-member}', 'hung-yen', true), ($2, 'council.retired', 'x', 'Thành viên nghỉ', '{council-member}', 'thanh-hoa', false)`,
        [randomUUID(), randomUUID()],
      );
      const roster = await call('council.secretary', 'GET', '/councils/roster?pageSize=100');
      expect(roster.status).toBe(200);
      expect(roster.body).toMatchObject({ total: 9, page: 1, pageSize: 100 });
      const usernames = roster.body.items.map((row: Body) => row.username).sort();
      expect(usernames).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `council.member${n}`));
      const finance = roster.body.items.find((row: Body) => row.username === 'council.member5');
      expect(finance).toMatchObject({ userId: memberId(5), role: 'council-member', departmentCode: 'thanh-hoa/so-tai-chinh', departmentName: expect.stringContaining('Tài chính'), financeDepartment: true });
      expect(typeof finance.fullName).toBe('string');
      expect(roster.body.items.find((row: Body) => row.username === 'council.member1')).toMatchObject({ financeDepartment: false, departmentName: null });

      const paged = await call('council.secretary', 'GET', '/councils/roster?page=2&pageSize=4');
      expect(paged.body).toMatchObject({ total: 9, page: 2, pageSize: 4 });
      expect(paged.body.items).toHaveLength(4);

      for (const username of ['council.member1', 'manager', 'officer.tdc', 'enterprise.a']) {
        expect({ username, status: (await call(username, 'GET', '/councils/roster')).status }).toEqual({ username, status: 403 });
      }
    });

    it('counts the open councils and the seats a member has held', async () => {
      const convened = await call('council.secretary', 'POST', '/councils', { kind: 'selection', applicationId: await application(), taskType: 'du-an', members: selectionRoll() });
      expect(convened.status).toBe(201);
      const roster = await call('council.secretary', 'GET', '/councils/roster?pageSize=100');
      const chair = roster.body.items.find((row: Body) => row.userId === memberId(1));
      expect(chair.openCouncils).toBeGreaterThanOrEqual(1);
      expect(chair.seatsHeld.chair).toBeGreaterThanOrEqual(1);
      expect(roster.body.items.find((row: Body) => row.userId === memberId(9)).seatsHeld.chair).toBeUndefined();
    });
  });

  describe('GET /councils?status=', () => {
    it('a member sees the councils they sit on, the secretary those of the province; others 403', async () => {
      const sitting = await call('council.secretary', 'POST', '/councils', { kind: 'identification', applicationId: await application(), members: identificationRoll() });
      expect(sitting.status).toBe(201);
      const notMine = await call('council.secretary', 'POST', '/councils', { kind: 'selection', applicationId: await application(), taskType: 'du-an', members: selectionRoll() });
      expect(notMine.status).toBe(201);

      const nine = await call('council.member9', 'GET', '/councils?status=open');
      expect(nine.status).toBe(200);
      const nineIds = nine.body.items.map((row: Body) => row.id);
      expect(nineIds).toContain(sitting.body.id);
      expect(nineIds).not.toContain(notMine.body.id);
      expect(nine.body.items.find((row: Body) => row.id === sitting.body.id)).toMatchObject({
        kind: 'identification',
        kindLabel: 'Hội đồng tư vấn xác định nhiệm vụ',
        status: 'convened',
        myRole: 'member',
        voted: false,
        memberCount: 9,
        ballotsCast: 0,
        applicationTitle: 'Áp dụng Lean tại Công ty A',
      });
      expect(nine.body).toMatchObject({ total: nineIds.length, page: 1, pageSize: 20 });

      const one = await call('council.member1', 'GET', '/councils?status=open&pageSize=100');
      expect(one.body.items.map((row: Body) => row.id)).toEqual(expect.arrayContaining([sitting.body.id, notMine.body.id]));
      expect(one.body.items.find((row: Body) => row.id === sitting.body.id).myRole).toBe('chair');

      const secretary = await call('council.secretary', 'GET', '/councils?status=open&pageSize=100');
      expect(secretary.body.items.map((row: Body) => row.id)).toEqual(expect.arrayContaining([sitting.body.id, notMine.body.id]));
      expect(secretary.body.items.every((row: Body) => row.status === 'convened')).toBe(true);
      // Another province's council is not the Thanh Hóa secretary's.
      await stack.sql(`UPDATE councils SET province_code = 'hung-yen' WHERE id = $1`, [notMine.body.id]);
      const after = await call('council.secretary', 'GET', '/councils?status=open&pageSize=100');
      expect(after.body.items.map((row: Body) => row.id)).not.toContain(notMine.body.id);
      expect(after.body.total).toBe(secretary.body.total - 1);

      expect((await call('council.member1', 'GET', '/councils?status=closed')).body.items.every((row: Body) => row.status === 'closed')).toBe(true);
      expect((await call('council.member1', 'GET', '/councils?status=later')).status).toBe(400);
      for (const username of ['manager', 'admin', 'officer.tdc', 'enterprise.a']) {
        expect({ username, status: (await call(username, 'GET', '/councils?status=open')).status }).toEqual({ username, status: 403 });
      }
    });
  });

  describe('the meeting date', () => {
    it('must leave the papers 5 working days (identification) and 7 (selection) from convening: earlier is a 422 naming the earliest date', async () => {
      const from = await today();
      const earliest = await dueDate(from, 5);
      // Five working days always span a weekend: the earliest date is a week or more away.
      expect(Date.parse(earliest) - Date.parse(from)).toBeGreaterThanOrEqual(7 * 86_400_000);
      const applicationId = await application();
      const tooSoon = await call('council.secretary', 'POST', '/councils', { kind: 'identification', applicationId, members: identificationRoll(), meetingDate: dayBefore(earliest) });
      expect(tooSoon.status).toBe(422);
      expect(tooSoon.contentType).toContain('application/problem+json');
      expect(tooSoon.body.type).toContain('council-meeting-too-soon');
      expect(tooSoon.body.detail).toContain(`ngày họp sớm nhất là ${earliest}`);
      expect(tooSoon.body.errors).toEqual([{ field: 'meetingDate', message: expect.stringContaining('5 ngày làm việc') }]);

      const onTime = await call('council.secretary', 'POST', '/councils', { kind: 'identification', applicationId, members: identificationRoll(), meetingDate: earliest });
      expect(onTime.status).toBe(201);

      const selectionEarliest = await dueDate(from, 7);
      const selection = await call('council.secretary', 'POST', '/councils', { kind: 'selection', applicationId, taskType: 'du-an', members: selectionRoll(), meetingDate: dayBefore(selectionEarliest) });
      expect(selection.status).toBe(422);
      expect(selection.body.detail).toContain(selectionEarliest);
    });

    it('counts a holiday the administrator adds: it pushes the earliest date back by a working day', async () => {
      const from = await today();
      const earliest = await dueDate(from, 5);
      // Make the first working day after today a day off for this year's calendar (an override).
      const next = await dueDate(from, 1);
      const year = Number(next.slice(0, 4));
      const current = await call('admin', 'GET', `/admin/calendar/overrides/${year}`);
      const override = current.status === 200 ? current.body.override : {};
      const version = current.status === 200 ? current.body.version : 0;
      const extraDaysOff = [...(override.extraDaysOff ?? []), { date: next, reason: { vi: 'Ngày nghỉ thêm (thử nghiệm)', en: 'Extra day off (test)' } }];
      const saved = await call('admin', 'PUT', `/admin/calendar/overrides/${year}`, { ...override, extraDaysOff, version });
      expect({ status: saved.status, problem: saved.status === 200 ? null : saved.body }).toEqual({ status: 200, problem: null });
      const later = await dueDate(from, 5);
      expect(later > earliest).toBe(true);
      const refused = await call('council.secretary', 'POST', '/councils', { kind: 'identification', applicationId: await application(), members: identificationRoll(), meetingDate: earliest });
      expect(refused.status).toBe(422);
      expect(refused.body.detail).toContain(later);
    });

    it('a council cannot be closed before it sits: 409 problem naming the meeting date', async () => {
      const earliest = await dueDate(await today(), 5);
      const convened = await call('council.secretary', 'POST', '/councils', { kind: 'identification', applicationId: await application(), members: identificationRoll(), meetingDate: earliest });
      expect(convened.status).toBe(201);
      const closed = await call('council.secretary', 'POST', `/councils/${convened.body.id}/close`, {});
      expect(closed.status).toBe(409);
      expect(closed.contentType).toContain('application/problem+json');
      expect(closed.body.type).toContain('council-not-yet-met');
      expect(closed.body.detail).toContain(earliest);
      expect((await call('council.secretary', 'GET', `/councils/${convened.body.id}`)).body.status).toBe('convened');
    });
  });

  it('takes its figures from the procedure version the case runs under: a pass mark of 85 turns a mean of 80 into "not selected"', async () => {
    const data = JSON.parse(JSON.stringify(NSCL_2021));
    const strict = { ...data, version: '2099-strict', effectiveFrom: '2099-01-01', councilRules: { ...data.councilRules, selection: { ...data.councilRules.selection, passMeanAtLeast: 85 } } };
    const published = await call('admin', 'POST', '/admin/procedures', strict);
    expect(published.status).toBe(201);

    async function selectionMeanOf80(procedureVersion: string | null): Promise<Body> {
      const convened = await call('council.secretary', 'POST', '/councils', { kind: 'selection', applicationId: await application(procedureVersion), taskType: 'du-an', members: selectionRoll() });
      expect(convened.status).toBe(201);
      for (const [n] of SELECTION_ROLL) {
        headers[`council.member${n}`] ??= await loginAs(stack.baseUrl, `council.member${n}`);
        const cast = await call(`council.member${n}`, 'POST', `/councils/${convened.body.id}/ballots`, { kind: 'selection', scores: SCORES_80 });
        expect(cast.status).toBe(201);
      }
      const closed = await call('council.secretary', 'POST', `/councils/${convened.body.id}/close`, {});
      expect(closed.status).toBe(200);
      // The view says which figures the council sat under.
      expect(closed.body.council.rules.passMeanScore).toBe(procedureVersion === 'nscl/2099-strict' ? 85 : 70);
      return closed.body.council.result;
    }

    expect(await selectionMeanOf80('nscl/2021')).toMatchObject({ outcome: 'selected', detail: { meanHundredths: 8000, passed: true } });
    expect(await selectionMeanOf80(null)).toMatchObject({ outcome: 'selected' });
    const strictResult = await selectionMeanOf80('nscl/2099-strict');
    expect(strictResult).toMatchObject({ outcome: 'not-selected', detail: { meanHundredths: 8000, passed: false } });
    expect(strictResult.explanation).toContain('85');
  });

  it('a ballot naming another kind than its council’s is refused with a 422', async () => {
    const convened = await call('council.secretary', 'POST', '/councils', { kind: 'selection', applicationId: await application(), taskType: 'du-an', members: selectionRoll() });
    const wrong = await call('council.member1', 'POST', `/councils/${convened.body.id}/ballots`, { kind: 'acceptance', scores: SCORES_80 });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([{ field: 'kind', message: expect.stringContaining('selection') }]);
  });

  it('/docs-json describes every council ballot shape, and no councils request body is a bare object', async () => {
    const document = await http<Body>(stack.baseUrl, 'GET', '/docs-json');
    expect(document.status).toBe(200);
    const schemas = document.body.components.schemas;
    const resolve = (schema: Body): Body => (schema?.$ref ? schemas[schema.$ref.replace('#/components/schemas/', '')] : schema);

    const ballots = document.body.paths['/api/v1/councils/{id}/ballots'].post.requestBody.content['application/json'].schema;
    const shapes = ballots.oneOf.map(resolve);
    expect(shapes.map((shape: Body) => [shape.properties.kind.enum, shape.required])).toEqual([
      [['identification'], ['verdicts']],
      [['selection'], ['scores']],
      [['budget-appraisal'], ['proposedVnd']],
      [['acceptance'], ['grade']],
    ]);
    expect(shapes[0].properties.verdicts.additionalProperties.enum).toEqual(['dat', 'khong-dat']);
    expect(shapes[1].properties.scores.additionalProperties.type).toBe('integer');
    expect(Object.keys(ballots.discriminator.mapping)).toEqual(['identification', 'selection', 'budget-appraisal', 'acceptance']);

    const convene = document.body.paths['/api/v1/councils'].post.requestBody.content['application/json'].schema;
    expect(convene.discriminator.propertyName).toBe('kind');
    const conveneShapes = convene.oneOf.map(resolve);
    expect(conveneShapes.map((shape: Body) => shape.properties.kind.enum[0])).toEqual(['identification', 'selection', 'budget-appraisal', 'acceptance']);
    expect(conveneShapes.map((shape: Body) => [...shape.required].sort())).toEqual([
      ['applicationId', 'kind', 'members'],
      ['applicationId', 'kind', 'members', 'taskType'],
      ['applicationId', 'kind', 'members', 'totalCostVnd'],
      ['applicationId', 'contractEndOn', 'dossierSubmittedOn', 'kind', 'members'],
    ]);

    const bare: string[] = [];
    const visit = (schema: Body, where: string, seen: Set<Body>): void => {
      const resolved = resolve(schema);
      if (!resolved || seen.has(resolved)) return;
      seen.add(resolved);
      const composite = resolved.oneOf ?? resolved.anyOf ?? resolved.allOf;
      if (composite) return composite.forEach((part: Body, index: number) => visit(part, `${where}[${index}]`, seen));
      if (resolved.type === 'object' && !resolved.properties && !resolved.additionalProperties) bare.push(where);
      Object.entries(resolved.properties ?? {}).forEach(([name, property]) => visit(property, `${where}.${name}`, seen));
      if (resolved.items) visit(resolved.items, `${where}[]`, seen);
    };
    const councilPaths = Object.entries(document.body.paths as Record<string, Record<string, Body>>).filter(([path]) => path.startsWith('/api/v1/councils'));
    expect(councilPaths.map(([path]) => path)).toEqual(expect.arrayContaining(['/api/v1/councils', '/api/v1/councils/roster', '/api/v1/councils/{id}/ballots', '/api/v1/councils/{id}/close']));
    let bodies = 0;
    for (const [path, operations] of councilPaths) {
      for (const [method, operation] of Object.entries(operations)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        if (!schema) continue;
        bodies += 1;
        visit(schema, `${method.toUpperCase()} ${path}`, new Set());
      }
    }
    expect(bodies).toBeGreaterThanOrEqual(4);
    expect(bare).toEqual([]);
  });
});
