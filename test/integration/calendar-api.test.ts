import { DataSource } from 'typeorm';
import { OFFICIAL_SCHEDULE_2026 } from '../../libs/domain/src/calendar/official-schedules';
import { verifyAuditTrail } from '../../libs/persistence/src/audit/verify-audit-trail';
import { loadCalendarDays } from '../../libs/persistence/src/calendar/calendar-days';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http, HttpResult } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Options = { body?: unknown; headers?: Record<string, string> };

describe('calendar API on PostgreSQL', () => {
  let stack: TestStack;
  let dataSource: DataSource;
  let adminHeaders: Record<string, string> = {};
  let userHeaders: Record<string, string> = {};

  const asAdmin = (method: string, path: string, options: Options = {}): Promise<HttpResult<Body>> =>
    http<Body>(stack.baseUrl, method, `/api/v1${path}`, { body: options.body, headers: { ...adminHeaders, ...options.headers } });
  const asUser = (method: string, path: string, options: Options = {}): Promise<HttpResult<Body>> =>
    http<Body>(stack.baseUrl, method, `/api/v1${path}`, { body: options.body, headers: { ...userHeaders, ...options.headers } });
  const auditRows = (year: number) =>
    stack.sql<Body>(`SELECT actor_name, actor_role, before, after FROM audit_log WHERE action = 'calendar.override-updated' AND subject_type = 'calendar' AND subject_id = $1 ORDER BY seq`, [String(year)]);

  /** The fields a problem names, each once (one field can break several rules). */
  const fieldsOf = (response: HttpResult<Body>): string[] => [...new Set<string>((response.body.errors ?? []).map((error: Body) => error.field))];

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource, { onDate: '2026-01-15' });
    await seedDemoAccountsInto(stack.database.url);
    adminHeaders = await loginAs(stack.baseUrl, 'admin');
    userHeaders = await loginAs(stack.baseUrl, 'enterprise.a');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await stack?.stop();
  });

  it('documents the routes in the OpenAPI document', async () => {
    const document = await http<Body>(stack.baseUrl, 'GET', '/docs-json');
    const paths = Object.keys(document.body.paths);
    for (const path of ['/api/v1/calendar/due-date', '/api/v1/calendar/days', '/api/v1/calendar/working-days', '/api/v1/admin/calendar/overrides', '/api/v1/admin/calendar/overrides/{year}']) {
      expect(paths).toContain(path);
    }
    expect(document.body.components.schemas.SkippedDayView.required).toEqual(expect.arrayContaining(['date', 'kind', 'reason']));
    expect(document.body.components.schemas.SaveCalendarOverrideDto.properties).toHaveProperty('cultureDay');
  });

  describe('GET /calendar/due-date', () => {
    it('lists the Tết 2026 days and weekends it skipped, with their names', async () => {
      const response = await asUser('GET', '/calendar/due-date?from=2026-02-10&amount=10&unit=working');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        from: '2026-02-10',
        amount: 10,
        unit: 'working',
        // 11–13/2 (3), Tết week off 14–22/2, 23–27/2 (8), 2–3/3 (10).
        dueDate: '2026-03-03',
        dueAt: '2026-03-03T17:00:00.000Z',
        skipped: [
          { date: '2026-02-14', kind: 'weekly-rest', reason: 'Thứ Bảy' },
          { date: '2026-02-15', kind: 'weekly-rest', reason: 'Chủ nhật' },
          { date: '2026-02-16', kind: 'holiday', holiday: 'lunar-new-year', reason: 'Tết Nguyên đán' },
          { date: '2026-02-17', kind: 'holiday', holiday: 'lunar-new-year', reason: 'Tết Nguyên đán' },
          { date: '2026-02-18', kind: 'holiday', holiday: 'lunar-new-year', reason: 'Tết Nguyên đán' },
          { date: '2026-02-19', kind: 'holiday', holiday: 'lunar-new-year', reason: 'Tết Nguyên đán' },
          { date: '2026-02-20', kind: 'holiday', holiday: 'lunar-new-year', reason: 'Tết Nguyên đán' },
          { date: '2026-02-21', kind: 'weekly-rest', reason: 'Thứ Bảy' },
          { date: '2026-02-22', kind: 'weekly-rest', reason: 'Chủ nhật' },
          { date: '2026-02-28', kind: 'weekly-rest', reason: 'Thứ Bảy' },
          { date: '2026-03-01', kind: 'weekly-rest', reason: 'Chủ nhật' },
        ],
      });
    });

    it('answers the reasons in English on request', async () => {
      const response = await asUser('GET', '/calendar/due-date?from=2026-02-10&amount=10&unit=working', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
      expect(response.status).toBe(200);
      expect(response.body.skipped.slice(0, 3).map((day: Body) => day.reason)).toEqual(['Saturday', 'Sunday', 'Lunar New Year (Tết)']);
    });

    it('moves a calendar-day limit that ends on a holiday to the next working day', async () => {
      // 1/2/2026 + 15 days = Mon 16/2, the first Tết day: moves past Tết and the weekend to Mon 23/2.
      const response = await asUser('GET', '/calendar/due-date?from=2026-02-01&amount=15&unit=calendar');
      expect(response.status).toBe(200);
      expect(response.body.dueDate).toBe('2026-02-23');
      expect(response.body.skipped.map((day: Body) => day.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
    });

    it('gives National Day its customary adjacent day in a year with no override (2/9/2027 Thursday → 3/9 too)', async () => {
      const response = await asUser('GET', '/calendar/due-date?from=2027-08-31&amount=3&unit=working');
      expect(response.status).toBe(200);
      expect(response.body.dueDate).toBe('2027-09-07');
      expect(response.body.skipped.filter((day: Body) => day.holiday === 'national-day').map((day: Body) => day.date)).toEqual(['2027-09-02', '2027-09-03']);
    });

    it('counts across New Year with the next year’s holidays (1/1/2027 is a holiday)', async () => {
      // Thu 31/12/2026 + 1 working day: Fri 1/1/2027 is New Year's Day, then the weekend → Mon 4/1/2027.
      const response = await asUser('GET', '/calendar/due-date?from=2026-12-31&amount=1&unit=working');
      expect(response.status).toBe(200);
      expect(response.body.dueDate).toBe('2027-01-04');
      expect(response.body.skipped[0]).toEqual({ date: '2027-01-01', kind: 'holiday', holiday: 'new-year', reason: 'Tết Dương lịch' });
    });

    it.each([
      ['from=2026-02-30&amount=10&unit=working', 'from'],
      ['from=10/02/2026&amount=10&unit=working', 'from'],
      ['amount=10&unit=working', 'from'],
      ['from=1850-01-01&amount=10&unit=working', 'from'],
      ['from=2026-02-10&amount=-1&unit=working', 'amount'],
      ['from=2026-02-10&amount=2.5&unit=working', 'amount'],
      ['from=2026-02-10&amount=ten&unit=working', 'amount'],
      ['from=2026-02-10&amount=3661&unit=working', 'amount'],
      ['from=2026-02-10&amount=10&unit=weeks', 'unit'],
      ['from=2026-02-10&amount=10', 'unit'],
    ])('answers 400 problem+json for ?%s naming %s', async (query, field) => {
      const response = await asUser('GET', `/calendar/due-date?${query}`);
      expect(response.status).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('needs a signed-in caller', async () => {
      const response = await http<Body>(stack.baseUrl, 'GET', '/api/v1/calendar/due-date?from=2026-02-10&amount=10&unit=working');
      expect(response.status).toBe(401);
    });
  });

  describe('GET /calendar/days and /calendar/working-days', () => {
    it('lists a year’s days off and weekend days worked, with reasons and the working-day count', async () => {
      const response = await asUser('GET', '/calendar/days?year=2026');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ year: 2026, source: OFFICIAL_SCHEDULE_2026.source, gaps: [] });
      const byDate = new Map<string, Body>(response.body.days.map((day: Body) => [day.date, day]));
      expect(byDate.get('2026-01-02')).toMatchObject({ kind: 'extra-day-off', dayOff: true });
      expect(byDate.get('2026-01-10')).toMatchObject({ kind: 'working-saturday', dayOff: false, reason: 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026' });
      expect(byDate.get('2026-02-16')).toEqual({ date: '2026-02-16', kind: 'holiday', dayOff: true, holiday: 'lunar-new-year', reason: 'Tết Nguyên đán' });
      // Giỗ Tổ (10/3 lunar) falls on Sunday 26/4/2026: Monday 27/4 is given back.
      expect(byDate.get('2026-04-27')).toMatchObject({ kind: 'compensatory-day-off', dayOff: true, holiday: 'hung-kings' });
      expect(byDate.has('2026-02-14')).toBe(false);
      // 261 weekdays, less 13 off (1–2/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1–2/9), plus 2 Saturdays worked (10/1, 22/8).
      expect(response.body.days.filter((day: Body) => !day.dayOff).map((day: Body) => day.date)).toEqual(['2026-01-10', '2026-08-22']);
      expect(response.body.workingDays).toBe(250);
    });

    it('says what a year without an override still guesses', async () => {
      const response = await asUser('GET', '/calendar/days?year=2030', { headers: { 'accept-language': 'en' } });
      expect(response.status).toBe(200);
      expect(response.body.source).toBeNull();
      expect(response.body.gaps.map((gap: Body) => gap.code)).toEqual(['lunar-new-year-placement', 'national-day-adjacent-day']);
      expect(response.body.gaps[0].text).toContain('Tết days');
      expect(response.body.gaps[0].text).toContain('No published Tết schedule for 2030');
      const vi = await asUser('GET', '/calendar/days?year=2030');
      expect(vi.body.gaps[0].text).toContain('Chưa có lịch nghỉ Tết Nguyên đán 2030 được công bố');
      // 2/9/2030 is a Monday: 3/9 is used meanwhile, and said so.
      expect(vi.body.gaps[1].text).toContain('03/09/2030');
      expect(vi.body.days.find((day: Body) => day.date === '2030-09-03')).toMatchObject({ kind: 'holiday', holiday: 'national-day', dayOff: true });
    });

    it.each(['year=abc', 'year=1899', 'year=2026.5', ''])('answers 400 for ?%s', async (query) => {
      const response = await asUser('GET', `/calendar/days?${query}`);
      expect(response.status).toBe(400);
      expect(fieldsOf(response)).toEqual(['year']);
    });

    it('counts working days the way a time limit does', async () => {
      const forward = await asUser('GET', '/calendar/working-days?from=2026-02-10&to=2026-03-03');
      expect(forward.status).toBe(200);
      expect(forward.body).toEqual({ from: '2026-02-10', to: '2026-03-03', workingDays: 10 });
      const backward = await asUser('GET', '/calendar/working-days?from=2026-03-03&to=2026-02-10');
      expect(backward.body.workingDays).toBe(-10);
    });

    it.each([
      ['from=2026-02-10&to=2026-13-01', 'to'],
      ['to=2026-03-01', 'from'],
      ['from=2026-01-01&to=2036-12-31', 'to'],
    ])('answers 400 for ?%s naming %s', async (query, field) => {
      const response = await asUser('GET', `/calendar/working-days?${query}`);
      expect(response.status).toBe(400);
      expect(fieldsOf(response)).toEqual([field]);
    });
  });

  describe('admin calendar overrides', () => {
    it('lists the stored years and shows one with what is still missing', async () => {
      const list = await asAdmin('GET', '/admin/calendar/overrides');
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ total: 2, page: 1 });
      expect(list.body.items.map((item: Body) => item.year)).toEqual([2026, 2025]);
      expect(list.body.items[0]).toMatchObject({ stored: true, updatedBy: 'seed', version: 1, gaps: [], override: OFFICIAL_SCHEDULE_2026 });

      const empty = await asAdmin('GET', '/admin/calendar/overrides/2027');
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({ year: 2027, stored: false, version: 0, override: { year: 2027 }, updatedBy: null });
      expect(empty.body.gaps.map((gap: Body) => gap.code)).toEqual(['lunar-new-year-placement', 'national-day-adjacent-day']);
      expect(empty.body.days.find((day: Body) => day.date === '2027-01-01')).toMatchObject({ kind: 'holiday', holiday: 'new-year' });
    });

    it('forbids non-administrators and changes nothing for them', async () => {
      expect((await asUser('GET', '/admin/calendar/overrides')).status).toBe(403);
      expect((await asUser('GET', '/admin/calendar/overrides/2026')).status).toBe(403);
      const manager = await loginAs(stack.baseUrl, 'manager');
      const put = await http<Body>(stack.baseUrl, 'PUT', '/api/v1/admin/calendar/overrides/2026', { body: { ...OFFICIAL_SCHEDULE_2026, cultureDay: true, version: 1 }, headers: manager });
      expect(put.status).toBe(403);
      expect(put.contentType).toContain('application/problem+json');
      const [row] = await stack.sql<Body>(`SELECT version, override FROM calendar_overrides WHERE year = 2026`);
      expect(row).toMatchObject({ version: 1 });
      expect(row.override.cultureDay).toBeUndefined();
      expect(await auditRows(2026)).toHaveLength(0);
    });

    it('switching on Culture Day 24/11/2026 moves a due date across it at once, audited; a stale version is refused', async () => {
      const dueAcross = () => asUser('GET', '/calendar/due-date?from=2026-11-20&amount=3&unit=working');
      const before = await dueAcross();
      expect(before.body.dueDate).toBe('2026-11-25');
      expect(before.body.skipped.map((day: Body) => day.date)).toEqual(['2026-11-21', '2026-11-22']);

      const current = await asAdmin('GET', '/admin/calendar/overrides/2026');
      const saved = await asAdmin('PUT', '/admin/calendar/overrides/2026', { body: { ...current.body.override, cultureDay: true, version: current.body.version } });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ year: 2026, stored: true, version: 2, updatedBy: 'admin', override: { ...OFFICIAL_SCHEDULE_2026, cultureDay: true } });
      expect(saved.body.days.find((day: Body) => day.date === '2026-11-24')).toEqual({ date: '2026-11-24', kind: 'holiday', dayOff: true, holiday: 'culture-day', reason: 'Ngày Văn hóa Việt Nam' });

      const after = await dueAcross();
      expect(after.body.dueDate).toBe('2026-11-26');
      expect(after.body.skipped).toEqual([
        { date: '2026-11-21', kind: 'weekly-rest', reason: 'Thứ Bảy' },
        { date: '2026-11-22', kind: 'weekly-rest', reason: 'Chủ nhật' },
        { date: '2026-11-24', kind: 'holiday', holiday: 'culture-day', reason: 'Ngày Văn hóa Việt Nam' },
      ]);
      // The workflows' activity reads the same rows through the same function.
      expect((await loadCalendarDays(dataSource, [2026])).find((day) => day.date === '2026-11-24')).toMatchObject({ holiday: 'culture-day' });

      const [row] = await stack.sql<Body>(`SELECT version, updated_by FROM calendar_overrides WHERE year = 2026`);
      expect(row).toEqual({ version: 2, updated_by: 'admin' });
      const audit = await auditRows(2026);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_name: 'admin', actor_role: 'administrator', before: OFFICIAL_SCHEDULE_2026, after: { ...OFFICIAL_SCHEDULE_2026, cultureDay: true } });

      // A second editor still holding version 1 switches it off again: refused, nothing written.
      const stale = await asAdmin('PUT', '/admin/calendar/overrides/2026', { body: { ...current.body.override, cultureDay: false, version: 1 } });
      expect(stale.status).toBe(409);
      expect(stale.contentType).toContain('application/problem+json');
      expect(stale.body.errors).toEqual([{ field: 'version', message: 'version phải là 2' }]);
      expect((await dueAcross()).body.dueDate).toBe('2026-11-26');
      expect(await auditRows(2026)).toHaveLength(1);
    });

    it('creates a year with version 0, once', async () => {
      const body = {
        source: 'Thử nghiệm',
        lunarNewYearDays: ['2027-02-08', '2027-02-05', '2027-02-09', '2027-02-10', '2027-02-11'],
        nationalDayAdjacentDay: '2027-09-03',
        extraDaysOff: [{ date: '2027-04-30', reason: { vi: 'Nghỉ thêm', en: 'Extra day off' } }],
        version: 0,
      };
      const created = await asAdmin('PUT', '/admin/calendar/overrides/2027', { body });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ stored: true, version: 1, gaps: [] });
      expect(created.body.override.lunarNewYearDays).toEqual(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
      const audit = await auditRows(2027);
      expect(audit).toHaveLength(1);
      expect(audit[0].before).toBeNull();

      const again = await asAdmin('PUT', '/admin/calendar/overrides/2027', { body });
      expect(again.status).toBe(409);
      expect(await auditRows(2027)).toHaveLength(1);
      // The rows joined the hash chain properly.
      expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, checked: 2 });
    });

    it.each([
      ['a malformed date', { lunarNewYearDays: ['2028-02-30'] }, 'lunarNewYearDays'],
      ['a reason without English', { extraDaysOff: [{ date: '2028-05-02', reason: { vi: 'Nghỉ' } }] }, 'extraDaysOff.0.reason.en'],
      ['a non-boolean Culture Day', { cultureDay: 'yes' }, 'cultureDay'],
      ['no version', { cultureDay: true, version: undefined }, 'version'],
      ['an unknown field', { holidays: [] }, 'holidays'],
    ])('answers 400 for %s', async (_what, patch, field) => {
      const response = await asAdmin('PUT', '/admin/calendar/overrides/2028', { body: { version: 0, ...patch } });
      expect(response.status).toBe(400);
      expect(fieldsOf(response)).toContain(field);
    });

    it.each([
      ['a Tết of four days', { lunarNewYearDays: ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'] }, 'lunarNewYearDays'],
      ['another year in the body', { year: 2029 }, 'year'],
      ['a day outside the year', { nationalDayAdjacentDay: '2029-09-01' }, 'nationalDayAdjacentDay'],
      ['a swap onto a weekday', { swaps: [{ dayOff: '2028-05-02', workedOn: '2028-05-03' }] }, 'swaps[0]'],
    ])('answers 422 for %s, writing nothing', async (_what, patch, field) => {
      const response = await asAdmin('PUT', '/admin/calendar/overrides/2028', { body: { version: 0, ...patch }, headers: { 'accept-language': 'en' } });
      expect(response.status).toBe(422);
      expect(fieldsOf(response)).toEqual([field]);
      expect(await stack.sql(`SELECT 1 FROM calendar_overrides WHERE year = 2028`)).toHaveLength(0);
    });

    it('answers 400 for a year the calendar cannot compute', async () => {
      const response = await asAdmin('PUT', '/admin/calendar/overrides/2300', { body: { version: 0 } });
      expect(response.status).toBe(400);
      expect(fieldsOf(response)).toEqual(['year']);
    });
  });
});
