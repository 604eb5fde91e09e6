import { DataSource } from 'typeorm';
import { NSCL_2021 } from '../../libs/domain/src/procedures/nscl-2021.seed';
import { DECREE_80_POLICIES } from '../../libs/domain/src/policies/decree-80-policies';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http, HttpResult } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('reference data API on PostgreSQL', () => {
  let stack: TestStack;
  let adminHeaders: Record<string, string> = {};
  let userHeaders: Record<string, string> = {};

  /** Every call goes through these two, so how a caller proves who it is lives in one place. */
  const asAdmin = (method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpResult<Body>> =>
    http<Body>(stack.baseUrl, method, `/api/v1${path}`, { body: options.body, headers: { ...adminHeaders, ...options.headers } });
  const asUser = (method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpResult<Body>> =>
    http<Body>(stack.baseUrl, method, `/api/v1${path}`, { body: options.body, headers: { ...userHeaders, ...options.headers } });

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    try {
      await seedReferenceData(dataSource, { onDate: '2026-01-15' });
    } finally {
      await dataSource.destroy();
    }
    await seedDemoAccountsInto(stack.database.url);
    adminHeaders = await loginAs(stack.baseUrl, 'admin');
    userHeaders = await loginAs(stack.baseUrl, 'enterprise.a');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('documents every route and its page type in the OpenAPI document', async () => {
    const document = await http<Body>(stack.baseUrl, 'GET', '/docs-json');
    expect(document.status).toBe(200);
    const paths = Object.keys(document.body.paths);
    for (const path of ['/api/v1/provinces', '/api/v1/departments', '/api/v1/catalogues/{kind}', '/api/v1/plans', '/api/v1/plans/{id}', '/api/v1/admin/catalogues/{kind}/{code}', '/api/v1/admin/procedures', '/api/v1/admin/policies/{code}']) {
      expect(paths).toContain(path);
    }
    const page = document.body.components.schemas.PageOfPlanSummaryView;
    expect(page.required).toEqual(expect.arrayContaining(['items', 'total', 'page', 'pageSize']));
    expect(page.properties.items.items.$ref).toBe('#/components/schemas/PlanSummaryView');
    expect(document.body.components.schemas).toHaveProperty('TargetRangeView');
  });

  describe('GET /provinces', () => {
    it('lists the 34 provinces in force, paginated, with their titles', async () => {
      const first = await asUser('GET', '/provinces?onDate=2026-01-15');
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ total: 34, page: 1, pageSize: 20 });
      expect(first.body.items).toHaveLength(20);

      const all = await asUser('GET', '/provinces?onDate=2026-01-15&pageSize=100');
      const codes = all.body.items.map((p: Body) => p.code);
      expect(codes).toHaveLength(34);
      expect(codes).toContain('thanh-hoa');
      expect(codes).not.toContain('bac-kan');
      expect(all.body.items.find((p: Body) => p.code === 'hai-phong')).toMatchObject({
        name: { vi: 'Hải Phòng', en: 'Hai Phong' },
        title: { vi: 'thành phố Hải Phòng', en: 'Hai Phong City' },
        centrallyGovernedCity: true,
        validTo: null,
        inForce: true,
      });
    });

    it('answers for another day and, on request, with the provinces that ended', async () => {
      // Before 1/1/2025: 63 provinces, Thừa Thiên Huế not yet renamed Huế.
      const old = await asUser('GET', '/provinces?onDate=2024-06-01&pageSize=100');
      expect(old.body.total).toBe(63);
      const oldCodes = old.body.items.map((p: Body) => p.code);
      expect(oldCodes).toContain('thua-thien-hue');
      expect(oldCodes).not.toContain('hue');

      const withHistory = await asUser('GET', '/provinces?onDate=2026-01-15&includeHistorical=true&pageSize=100');
      expect(withHistory.body.total).toBe(64);
      expect(withHistory.body.items.find((p: Body) => p.code === 'bac-kan')).toMatchObject({ inForce: false, validTo: '2025-06-30', successorCode: 'thai-nguyen' });
    });

    it('defaults to today and refuses an impossible date or a non-boolean flag', async () => {
      const today = await asUser('GET', '/provinces?pageSize=100');
      expect(today.body.total).toBe(34);

      const badDate = await asUser('GET', '/provinces?onDate=2025-02-29');
      expect(badDate.status).toBe(400);
      expect(badDate.contentType).toContain('application/problem+json');
      expect(badDate.body.errors.map((e: Body) => e.field)).toContain('onDate');

      const badFlag = await asUser('GET', '/provinces?includeHistorical=maybe');
      expect(badFlag.status).toBe(400);
      expect(badFlag.body.errors.map((e: Body) => e.field)).toContain('includeHistorical');
    });
  });

  describe('GET /departments', () => {
    it('filters by province and capability', async () => {
      const thanhHoa = await asUser('GET', '/departments?provinceCode=thanh-hoa&pageSize=100');
      expect(thanhHoa.status).toBe(200);
      expect(thanhHoa.body.total).toBe(9);
      expect(thanhHoa.body.items.every((d: Body) => d.provinceCode === 'thanh-hoa')).toBe(true);

      const intake = await asUser('GET', '/departments?provinceCode=thanh-hoa&capability=intake');
      expect(intake.body.items).toEqual([
        {
          code: 'thanh-hoa/chi-cuc-tdc',
          provinceCode: 'thanh-hoa',
          name: { vi: 'Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Thanh Hóa', en: 'Thanh Hoa Province Sub-department of Standards, Metrology and Quality' },
          kind: 'standards-quality-unit',
          parentCode: 'thanh-hoa/so-khcn',
          capabilities: ['intake'],
        },
      ]);
    });

    it('pages through every department', async () => {
      const lastPage = await asUser('GET', '/departments?page=4&pageSize=100');
      expect(lastPage.body).toMatchObject({ total: 306, page: 4, pageSize: 100 });
      expect(lastPage.body.items).toHaveLength(6);
      const beyond = await asUser('GET', '/departments?page=5&pageSize=100');
      expect(beyond.body.items).toEqual([]);
    });
  });

  describe('GET /catalogues/:kind', () => {
    it('lists a catalogue in its order', async () => {
      const systems = await asUser('GET', '/catalogues/management-systems');
      expect(systems.status).toBe(200);
      expect(systems.body.total).toBe(9);
      expect(systems.body.items.map((i: Body) => i.code)).toEqual(['ISO_9001', 'ISO_14001', 'ISO_22000', 'HACCP', 'ISO_45001', 'ISO_50001', 'ISO_17025', 'ISO_56002', 'GMP']);
      const pilot = (await asUser('GET', '/catalogues/support-kinds')).body.items.find((i: Body) => i.code === 'pilot-model');
      expect(pilot).toMatchObject({ name: { vi: 'Mô hình điểm', en: 'Pilot model' }, description: { en: 'All of the above together, in six steps' } });
    });

    it('answers an unknown kind with a 404 problem listing the kinds, in the caller\'s language', async () => {
      const vi = await asUser('GET', '/catalogues/colours');
      expect(vi.status).toBe(404);
      expect(vi.contentType).toContain('application/problem+json');
      expect(vi.body.title).toBe('Không có danh mục này');
      expect(vi.body.detail).toContain('support-kinds, management-systems, improvement-tools, standards, measurement-contents, certifications');

      const en = await asUser('GET', '/catalogues/colours', { headers: { 'accept-language': 'en' } });
      expect(en.body.detail).toBe(
        'There is no catalogue "colours". Catalogues: support-kinds, management-systems, improvement-tools, standards, measurement-contents, certifications, traceability.',
      );
    });
  });

  describe('GET /plans', () => {
    it('lists the five plans with target and task counts, paginated and sortable', async () => {
      const all = await asUser('GET', '/plans');
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ total: 5, page: 1, pageSize: 20 });
      expect(all.body.items.find((p: Body) => p.id === 'thanh-hoa/159-kh-ubnd-2021')).toMatchObject({
        provinceCode: 'thanh-hoa',
        number: '159/KH-UBND',
        issuedOn: '2021-06-30',
        targetsCount: 7,
        tasksCount: 5,
      });

      const page = await asUser('GET', '/plans?page=3&pageSize=2');
      expect(page.body).toMatchObject({ total: 5, page: 3, pageSize: 2 });
      expect(page.body.items).toHaveLength(1);

      const newest = await asUser('GET', '/plans?sort=-issuedOn&pageSize=1');
      expect(newest.body.items[0].id).toBe('tien-giang/224-kh-ubnd-2021');

      const carriedOn = await asUser('GET', '/plans?provinceCode=dong-thap');
      expect(carriedOn.body.items.map((p: Body) => p.id)).toEqual(['tien-giang/224-kh-ubnd-2021']);
    });

    it('refuses page sizes outside 1..100, pages below 1 and unknown sort fields', async () => {
      for (const query of ['pageSize=0', 'pageSize=101', 'page=0', 'page=abc']) {
        const response = await asUser('GET', `/plans?${query}`);
        expect(response.status).toBe(400);
        expect(response.contentType).toContain('application/problem+json');
      }
      const sort = await asUser('GET', '/plans?sort=colour');
      expect(sort.status).toBe(400);
      expect(sort.body.errors).toEqual([{ field: 'sort', message: 'sort phải dùng các trường: id, issuedOn, issuedYear, provinceCode' }]);
    });
  });

  describe('GET /plans/:id', () => {
    it('returns a plan with its targets (derived ones marked) and tasks, by path or encoded id', async () => {
      const byPath = await asUser('GET', '/plans/tien-giang/224-kh-ubnd-2021');
      expect(byPath.status).toBe(200);
      expect(byPath.body).toMatchObject({ id: 'tien-giang/224-kh-ubnd-2021', provinceCode: 'dong-thap', historicalProvinceCode: 'tien-giang', targetsCount: 8, tasksCount: 7 });
      expect(byPath.body.targets).toHaveLength(8);
      expect(byPath.body.targets.find((t: Body) => t.code === 'enterprises-certified' && t.period === '2026-2030')).toEqual({
        code: 'enterprises-certified',
        period: '2026-2030',
        indicator: { vi: 'Doanh nghiệp được hỗ trợ chứng nhận sản phẩm hoặc hệ thống', en: 'Enterprises helped to certify products or systems' },
        unit: { vi: 'doanh nghiệp', en: 'enterprises' },
        measure: 'count',
        comparator: 'more-than',
        // "More than 30" is at least 31; +10% is at least 34.1, so 35: "more than 34".
        value: 34,
        derivedFrom: { period: '2021-2025', factor: { num: 11, den: 10 } },
      });
      expect(byPath.body.targets.find((t: Body) => t.code === 'national-quality-award' && t.period === '2021-2025')).not.toHaveProperty('derivedFrom');
      expect(byPath.body.tasks[0]).toMatchObject({ code: 'yearly-report', timing: { vi: 'Hằng năm, trước ngày 30/11' }, cooperatingUnits: [] });

      const byId = await asUser('GET', `/plans/${encodeURIComponent('tien-giang/224-kh-ubnd-2021')}`);
      expect(byId.status).toBe(200);
      expect(byId.body).toEqual(byPath.body);
    });

    it('returns ranges as { min, max }', async () => {
      const hungYen = (await asUser('GET', '/plans?provinceCode=hung-yen')).body.items[0];
      const plan = await asUser('GET', `/plans/${encodeURIComponent(hungYen.id)}`);
      const range = plan.body.targets.find((t: Body) => t.comparator === 'range' && t.value !== null);
      expect(range.value).toEqual({ min: expect.any(Number), max: expect.any(Number) });
      expect(range.value.min).toBeLessThan(range.value.max);
    });

    it('answers 404 for an unknown plan', async () => {
      const missing = await asUser('GET', '/plans/thanh-hoa/999-kh-ubnd-2099');
      expect(missing.status).toBe(404);
      expect(missing.contentType).toContain('application/problem+json');
    });
  });

  describe('/admin/catalogues', () => {
    it('is for administrators only', async () => {
      expect((await asUser('GET', '/admin/catalogues/standards')).status).toBe(403);
      expect((await asUser('PUT', '/admin/catalogues/standards/x', { body: { name: { vi: 'X', en: 'X' } } })).status).toBe(403);
    });

    it('creates, edits with optimistic locking, and switches off an item', async () => {
      const created = await asAdmin('PUT', '/admin/catalogues/standards/astm', { body: { name: { vi: 'Tiêu chuẩn ASTM', en: 'ASTM standard' } } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ kind: 'standards', code: 'astm', active: true, sortOrder: 5, version: 1, description: null });

      const again = await asAdmin('PUT', '/admin/catalogues/standards/astm', { body: { name: { vi: 'Trùng', en: 'Duplicate' } } });
      expect(again.status).toBe(409);

      const switchedOff = await asAdmin('PUT', '/admin/catalogues/standards/astm', {
        body: { name: { vi: 'Tiêu chuẩn ASTM International', en: 'ASTM International standard' }, active: false, version: 1 },
      });
      expect(switchedOff.status).toBe(200);
      expect(switchedOff.body).toMatchObject({ name: { vi: 'Tiêu chuẩn ASTM International' }, active: false, version: 2, sortOrder: 5 });

      const stale = await asAdmin('PUT', '/admin/catalogues/standards/astm', { body: { name: { vi: 'Cũ', en: 'Old' }, version: 1 } });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toBe('https://nscl.gov.vn/problems/stale-version');

      const publicList = await asUser('GET', '/catalogues/standards');
      expect(publicList.body.items.map((i: Body) => i.code)).not.toContain('astm');
      const adminList = await asAdmin('GET', '/admin/catalogues/standards');
      expect(adminList.body.items.find((i: Body) => i.code === 'astm')).toMatchObject({ active: false, version: 2 });
      expect((await asAdmin('GET', '/admin/catalogues/standards/astm')).body.version).toBe(2);
    });

    it('answers 404 for an unknown kind or item to update, 422 for an invalid code, 400 for a bad body', async () => {
      expect((await asAdmin('GET', '/admin/catalogues/colours')).status).toBe(404);
      expect((await asAdmin('PUT', '/admin/catalogues/standards/nothing-here', { body: { name: { vi: 'A', en: 'A' }, version: 1 } })).status).toBe(404);
      const badCode = await asAdmin('PUT', `/admin/catalogues/standards/${encodeURIComponent('bad code')}`, { body: { name: { vi: 'A', en: 'A' } } });
      expect(badCode.status).toBe(422);
      const badBody = await asAdmin('PUT', '/admin/catalogues/standards/ok', { body: { name: { vi: '', en: 'A' } } });
      expect(badBody.status).toBe(400);
      expect(badBody.body.errors.map((e: Body) => e.field)).toContain('name.vi');
    });
  });

  describe('/admin/procedures', () => {
    const nscl2027 = { ...JSON.parse(JSON.stringify(NSCL_2021)), version: '2027', effectiveFrom: '2027-01-01' };

    it('lists the seeded versions and returns one in full', async () => {
      expect((await asUser('GET', '/admin/procedures')).status).toBe(403);
      const list = await asAdmin('GET', '/admin/procedures');
      expect(list.status).toBe(200);
      expect(list.body.items.map((p: Body) => `${p.code} ${p.version}`)).toEqual(['nscl 2021', 'pilot-model 2021']);
      const nscl = await asAdmin('GET', '/admin/procedures/nscl/2021');
      expect(nscl.body.definition).toEqual(JSON.parse(JSON.stringify(NSCL_2021)));
      expect(nscl.body.stepsCount).toBe(NSCL_2021.steps.length);
    });

    it('refuses an invalid definition with a 422 problem', async () => {
      const steps = nscl2027.steps.map((step: Body, index: number) =>
        index === 0 ? { ...step, outcomes: [{ ...step.outcomes[0], next: 'nowhere' }, ...step.outcomes.slice(1)] } : step,
      );
      const invalid = await asAdmin('POST', '/admin/procedures', { body: { ...nscl2027, steps } });
      expect(invalid.status).toBe(422);
      expect(invalid.contentType).toContain('application/problem+json');
      expect(invalid.body.type).toBe('https://nscl.gov.vn/problems/procedure-invalid');
      expect(invalid.body.detail).toContain('nowhere');

      const malformed = await asAdmin('POST', '/admin/procedures', { body: { ...nscl2027, steps: [{ code: 'draft' }] } });
      expect(malformed.status).toBe(422);

      const envelope = await asAdmin('POST', '/admin/procedures', { body: { ...nscl2027, effectiveFrom: '2027-13-01', steps: [] } });
      expect(envelope.status).toBe(400);
      expect(envelope.body.errors.map((e: Body) => e.field)).toEqual(expect.arrayContaining(['effectiveFrom', 'steps']));

      const list = await asAdmin('GET', '/admin/procedures?code=nscl');
      expect(list.body.total).toBe(1);
    });

    it('publishes a new version, closing the open-ended one, and refuses duplicates and overlaps', async () => {
      const published = await asAdmin('POST', '/admin/procedures', { body: nscl2027 });
      expect(published.status).toBe(201);
      expect(published.body).toMatchObject({ code: 'nscl', version: '2027', effectiveFrom: '2027-01-01', effectiveTo: null, supersededVersion: '2021' });

      const versions = await asAdmin('GET', '/admin/procedures?code=nscl');
      expect(versions.body.items.map((p: Body) => [p.version, p.effectiveFrom, p.effectiveTo])).toEqual([
        ['2021', '2021-01-01', '2027-01-01'],
        ['2027', '2027-01-01', null],
      ]);
      expect((await asAdmin('GET', '/admin/procedures/nscl/2021')).body.definition.effectiveTo).toBe('2027-01-01');

      const duplicate = await asAdmin('POST', '/admin/procedures', { body: nscl2027 });
      expect(duplicate.status).toBe(409);

      const overlapping = await asAdmin('POST', '/admin/procedures', { body: { ...nscl2027, version: '2026-tam', effectiveFrom: '2026-06-01', effectiveTo: '2026-12-01' } });
      expect(overlapping.status).toBe(422);
      expect(overlapping.body.type).toBe('https://nscl.gov.vn/problems/procedure-versions-overlap');
    });
  });

  describe('/admin/policies', () => {
    const provincial = {
      code: 'TH-NQ-2022-ISO',
      name: { vi: 'Hỗ trợ áp dụng ISO 9001 (Thanh Hóa)', en: 'Support for applying ISO 9001 (Thanh Hoa)' },
      legalBasis: 'Nghị quyết HĐND tỉnh Thanh Hóa (giả định cho kiểm thử)',
      shareOfCost: { num: 1, den: 2 },
      capVnd: 40_000_000,
      per: 'task',
      validFrom: '2022-01-01',
    };

    it('lists the Decree 80 rows, optionally those in force on a day', async () => {
      expect((await asUser('GET', '/admin/policies')).status).toBe(403);
      const list = await asAdmin('GET', '/admin/policies?pageSize=100');
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(DECREE_80_POLICIES.length);
      expect(list.body.items.find((p: Body) => p.code === 'D80-A13-ADVISOR-SMALL-WOMEN-SOCIAL')).toMatchObject({
        shareOfCost: { num: 1, den: 2 },
        capVnd: 150_000_000,
        per: 'enterprise-year',
        sizeClasses: ['small'],
        womenOrSocialEnterpriseOnly: true,
        supersedes: 'D80-A13-ADVISOR-SMALL',
        validFrom: '2021-10-15',
        validTo: null,
      });
      expect((await asAdmin('GET', '/admin/policies?inForceOn=2021-01-01')).body.total).toBe(0);
    });

    it('adds a provincial row and refuses a duplicate code', async () => {
      const created = await asAdmin('POST', '/admin/policies', { body: provincial });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...provincial, sizeClasses: null, supersedes: null, validTo: null, womenOrSocialEnterpriseOnly: false, version: 1 });
      expect((await asAdmin('POST', '/admin/policies', { body: provincial })).status).toBe(409);
    });

    it('refuses rows that break the policy rules with 422, and malformed bodies with 400', async () => {
      const cases: Body[] = [
        { code: 'BAD-SHARE', shareOfCost: { num: 3, den: 2 } },
        { code: 'BAD-DATES', validFrom: '2026-01-01', validTo: '2025-12-31' },
        { code: 'BAD-SUPERSEDES', supersedes: 'NO-SUCH-ROW' },
      ];
      for (const change of cases) {
        const response = await asAdmin('POST', '/admin/policies', { body: { ...provincial, ...change } });
        expect(response.status).toBe(422);
        expect(response.contentType).toContain('application/problem+json');
      }
      const malformed = await asAdmin('POST', '/admin/policies', { body: { ...provincial, code: 'X', capVnd: -1, per: 'month', sizeClasses: ['huge'] } });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors.map((e: Body) => e.field)).toEqual(expect.arrayContaining(['capVnd', 'per', 'sizeClasses']));
    });

    it('edits a row with optimistic locking', async () => {
      const { code, ...fields } = provincial;
      const closed = await asAdmin('PUT', `/admin/policies/${code}`, { body: { ...fields, capVnd: 45_000_000, validTo: '2025-12-31', version: 1 } });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ capVnd: 45_000_000, validTo: '2025-12-31', version: 2 });

      const stale = await asAdmin('PUT', `/admin/policies/${code}`, { body: { ...fields, version: 1 } });
      expect(stale.status).toBe(409);
      expect((await asAdmin('PUT', '/admin/policies/NO-SUCH-ROW', { body: { ...fields, version: 1 } })).status).toBe(404);
      const [row] = await stack.sql<{ cap_vnd: string; version: number }>('SELECT cap_vnd::text AS cap_vnd, version FROM support_policies WHERE code = $1', [code]);
      expect(row).toEqual({ cap_vnd: '45000000', version: 2 });
    });
  });
});
