import { taxCodeCheckDigit } from '../../libs/domain/src/enterprises/tax-code-check-digit';
import { DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { bearer, loginAs, seedDemoAccountsInto, signIn } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/** A 10-digit tax code with a valid check digit, distinct for each `serial`. */
function validTaxCode(serial: number): string {
  for (let candidate = serial; ; candidate += 1) {
    const firstNine = `38${String(candidate).padStart(7, '0')}`;
    const check = taxCodeCheckDigit(firstNine);
    if (check !== null) return `${firstNine}${check}`;
  }
}

describe('enterprises API: registration and scoped reads (real API + PostgreSQL)', () => {
  let stack: TestStack;
  let seed: DemoSeedResult;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    seed = await seedDemoAccountsInto(stack.database.url);
    for (const username of ['enterprise.a', 'enterprise.b', 'officer.tdc', 'council.member1', 'manager', 'manager.hungyen', 'admin']) {
      as[username] = await loginAs(stack.baseUrl, username);
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const register = (who: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    http(stack.baseUrl, 'POST', '/api/v1/enterprises', { body, headers: { ...as[who], ...headers } });
  const read = (headers: Record<string, string>, id: string) => http(stack.baseUrl, 'GET', `/api/v1/enterprises/${id}`, { headers });

  const trading = (taxCode: string) => ({
    taxCode,
    name: 'Công ty TNHH Thương mại Dịch vụ Sầm Sơn',
    sector: 'trade-services',
    staff: 40,
    revenueVnd: 80_000_000_000,
    provinceCode: 'thanh-hoa',
    address: 'Phường Sầm Sơn, tỉnh Thanh Hóa',
  });

  it('registers an enterprise with its tax code in canonical form and the size class derived under Decree 80/2021', async () => {
    const code = validTaxCode(1);
    const spaced = `${code.slice(0, 4)} ${code.slice(4, 7)} ${code.slice(7)}`;
    const created = await register('manager', trading(spaced));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      taxCode: code,
      sector: 'trade-services',
      staff: 40,
      revenueVnd: 80_000_000_000,
      capitalVnd: null,
      sizeClass: 'small',
      sizeClassLabel: { vi: 'nhỏ', en: 'small' },
      provinceCode: 'thanh-hoa',
    });
    expect((created.body.sizeExplanation as { vi: string }).vi).toContain('Nghị định 80/2021/NĐ-CP');

    const [row] = await stack.sql<{ tax_code: string; size_class: string; revenue_vnd: string; created_by: string }>(
      'SELECT tax_code, size_class, revenue_vnd, created_by FROM enterprises WHERE id = $1',
      [created.body.id],
    );
    expect(row).toEqual({ tax_code: code, size_class: 'small', revenue_vnd: '80000000000', created_by: seed.users.manager.id });

    const large = await register('admin', { ...trading(validTaxCode(2)), staff: 120, revenueVnd: 400_000_000_000, capitalVnd: 150_000_000_000 });
    expect(large.status).toBe(201);
    expect(large.body.sizeClass).toBe('large');
  });

  it('refuses a tax code with a wrong check digit: 422 problem naming taxCode, in Vietnamese or English', async () => {
    const good = validTaxCode(10);
    const wrong = `${good.slice(0, 9)}${(Number(good[9]) + 1) % 10}`;
    const vi = await register('manager', trading(wrong));
    expect(vi.status).toBe(422);
    expect(vi.contentType).toContain('application/problem+json');
    expect(vi.body.errors).toHaveLength(1);
    expect((vi.body.errors as { field: string; message: string }[])[0]).toMatchObject({ field: 'taxCode' });
    expect(vi.body.detail).toContain('sai chữ số kiểm tra');

    const en = await register('manager', trading(wrong), { 'accept-language': 'en' });
    expect(en.body.detail).toContain('wrong check digit');
    const [{ count }] = await stack.sql<{ count: string }>('SELECT count(*) FROM enterprises WHERE tax_code = $1', [wrong]);
    expect(Number(count)).toBe(0);
  });

  it('refuses an unknown sector, missing financial figures and an unknown province with 422 naming the field', async () => {
    const fieldOf = async (body: Record<string, unknown>) => {
      const answer = await register('admin', body);
      expect(answer.status).toBe(422);
      return (answer.body.errors as { field: string }[])[0].field;
    };
    expect(await fieldOf({ ...trading(validTaxCode(20)), sector: 'mining' })).toBe('sector');
    expect(await fieldOf({ ...trading(validTaxCode(21)), revenueVnd: undefined })).toBe('revenueVnd');
    expect(await fieldOf({ ...trading(validTaxCode(22)), provinceCode: 'thai-binh' })).toBe('provinceCode');
  });

  it('answers 409 naming taxCode when the tax code is already registered', async () => {
    const answer = await register('manager', { ...trading('2801234564'), name: 'Trùng mã số thuế' });
    expect(answer.status).toBe(409);
    expect((answer.body.errors as { field: string }[])[0].field).toBe('taxCode');
  });

  it('returns the first record for a repeated Idempotency-Key and body, and refuses the key for another body', async () => {
    const headers = { 'idempotency-key': 'register-sam-son' };
    const body = trading(validTaxCode(30));
    const first = await register('manager', body, headers);
    const second = await register('manager', body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    const rows = await stack.sql('SELECT id FROM enterprises WHERE tax_code = $1', [body.taxCode]);
    expect(rows).toHaveLength(1);

    const reused = await register('manager', { ...body, staff: 41 }, headers);
    expect(reused.status).toBe(422);
    expect(reused.body.type).toContain('idempotency-key-reused');

    // Keys belong to their caller: the administrator's same key is a different request.
    const adminsOwn = await register('admin', trading(validTaxCode(31)), headers);
    expect(adminsOwn.status).toBe(201);
    expect(adminsOwn.body.id).not.toBe(first.body.id);
  });

  it('registers only within the caller’s province, and at most one enterprise per enterprise user', async () => {
    const otherProvince = await register('manager', { ...trading(validTaxCode(40)), provinceCode: 'hung-yen' });
    expect(otherProvince.status).toBe(403);
    expect(otherProvince.contentType).toContain('application/problem+json');
    expect(otherProvince.body.detail).toContain('tỉnh, thành phố mình phụ trách');

    const alreadyActs = await register('enterprise.a', trading(validTaxCode(41)));
    expect(alreadyActs.status).toBe(403);
    expect(alreadyActs.body.detail).toContain('đã gắn với một doanh nghiệp');

    const officer = await register('officer.tdc', trading(validTaxCode(42)));
    expect(officer.status).toBe(403);
  });

  it('links a new enterprise user to the enterprise they register; their refreshed token acts for it', async () => {
    const account = { username: 'enterprise.new', password: 'new-enterprise-pass', displayName: 'Lê Văn Cường', roles: ['enterprise-user'], provinceCode: 'thanh-hoa' };
    expect((await http(stack.baseUrl, 'POST', '/api/v1/admin/users', { body: account, headers: as.admin })).status).toBe(201);
    const session = await signIn(stack.baseUrl, account.username, account.password);

    const created = await http(stack.baseUrl, 'POST', '/api/v1/enterprises', { body: trading(validTaxCode(50)), headers: bearer(session.accessToken) });
    expect(created.status).toBe(201);
    const [user] = await stack.sql<{ enterprise_id: string }>('SELECT enterprise_id FROM users WHERE username = $1', [account.username]);
    expect(user.enterprise_id).toBe(created.body.id);

    const refreshed = await http<{ accessToken: string }>(stack.baseUrl, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    const me = await http(stack.baseUrl, 'GET', '/api/v1/me', { headers: bearer(refreshed.body.accessToken) });
    expect(me.body).toMatchObject({ enterprise: { id: created.body.id } });
    expect((await read(bearer(refreshed.body.accessToken), created.body.id as string)).status).toBe(200);

    const second = await http(stack.baseUrl, 'POST', '/api/v1/enterprises', { body: trading(validTaxCode(51)), headers: bearer(refreshed.body.accessToken) });
    expect(second.status).toBe(403);
  });

  it('shows an enterprise to its own users and the province’s staff; to anyone else it does not exist (404)', async () => {
    const hungYen = await register('manager.hungyen', { ...trading(validTaxCode(60)), name: 'Công ty Cổ phần Dệt may Phố Hiến', provinceCode: 'hung-yen' });
    expect(hungYen.status).toBe(201);
    const a = seed.enterprises['enterprise-a'];
    const expectations: [string, string, number][] = [
      ['enterprise.a', a, 200],
      ['enterprise.b', a, 404],
      ['officer.tdc', a, 200],
      ['council.member1', a, 404],
      ['manager', a, 200],
      ['manager.hungyen', a, 404],
      ['admin', a, 200],
      ['manager.hungyen', hungYen.body.id as string, 200],
      ['manager', hungYen.body.id as string, 404],
    ];
    for (const [who, id, status] of expectations) {
      const answer = await read(as[who], id);
      expect({ who, id, status: answer.status }).toEqual({ who, id, status });
    }

    const own = await read(as['enterprise.a'], a);
    expect(own.body).toMatchObject({ taxCode: '2801234564', name: 'Công ty Cổ phần Chế biến Nông sản A', sizeClass: 'small' });
    const hidden = await read(as['enterprise.b'], a);
    const missing = await read(as['enterprise.b'], '00000000-0000-4000-8000-000000000000');
    expect(hidden.contentType).toContain('application/problem+json');
    expect(hidden.body.title).toBe(missing.body.title);
    expect((await read(as.admin, 'not-a-uuid')).status).toBe(400);
  });
});
