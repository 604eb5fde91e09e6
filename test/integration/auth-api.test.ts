import { createHash, randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../apps/api/src/auth/access-token/access-token.service';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { DEMO_ACCOUNTS } from '../../libs/domain/src/identity/demo-accounts.seed';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { DemoSeedRefused, seedDemoAccounts, DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { bearer, DEMO_TEST_PASSWORD, loginAs, seedDemoAccountsInto, signIn } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

describe('sign-in, tokens and the access guard (real API + PostgreSQL)', () => {
  let stack: TestStack;
  let seed: DemoSeedResult;

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    seed = await seedDemoAccountsInto(stack.database.url);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    http(stack.baseUrl, 'POST', '/api/v1/auth/login', { body: { username, password }, headers });
  const refresh = (refreshToken: string) => http(stack.baseUrl, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });
  const me = (headers: Record<string, string>) => http(stack.baseUrl, 'GET', '/api/v1/me', { headers });

  it('signs a demo account in and answers /me with its roles, province and department', async () => {
    const signedIn = await login('Officer.TDC', DEMO_TEST_PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ expiresIn: 900, tokenType: 'Bearer' });
    expect(typeof signedIn.body.accessToken).toBe('string');
    expect(typeof signedIn.body.refreshToken).toBe('string');

    const officer = await me(bearer(signedIn.body.accessToken as string));
    expect(officer.status).toBe(200);
    expect(officer.body).toMatchObject({
      user: { id: seed.users['officer.tdc'].id, username: 'officer.tdc' },
      roles: [{ code: 'department-officer', label: { vi: 'Cán bộ sở, ngành', en: 'Department officer' } }],
      province: { code: 'thanh-hoa', name: { vi: 'Thanh Hóa', en: 'Thanh Hoa' } },
      department: { code: 'thanh-hoa/chi-cuc-tdc', isUnitHead: false, isApprover: false },
      enterprise: null,
      councils: [],
    });
    expect((officer.body.department as { name: { vi: string } }).name.vi).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Thanh Hóa');
    expect(officer.body.allowedActions).toEqual(expect.arrayContaining(['task.decide', 'application.read']));
    expect(officer.body.allowedActions).not.toContain('admin.users');

    const enterprise = await me(await loginAs(stack.baseUrl, 'enterprise.a'));
    expect(enterprise.body).toMatchObject({ enterprise: { id: seed.enterprises['enterprise-a'], taxCode: '2801234564' }, department: null });

    const admin = await me(await loginAs(stack.baseUrl, 'admin'));
    expect(admin.body).toMatchObject({ province: null, roles: [{ code: 'administrator' }] });
    expect(admin.body.allowedActions).toContain('admin.users');
  });

  it('refuses a wrong password and an unknown username alike: 401 problem+json, Vietnamese by default, English on request', async () => {
    const wrong = await login('officer.taichinh', 'not-the-password');
    const unknown = await login('no.such.user', 'not-the-password');
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 401, title: 'Chưa xác thực', detail: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    }
    expect(wrong.body.type).toBe(unknown.body.type);

    const english = await login('officer.taichinh', 'not-the-password', { 'accept-language': 'en' });
    expect(english.body).toMatchObject({ title: 'Unauthorized', detail: 'Wrong username or password.' });

    const [row] = await stack.sql<{ failed_logins: number }>(`SELECT failed_logins FROM users WHERE username = 'officer.taichinh'`);
    expect(row.failed_logins).toBe(2);
    expect((await login('officer.taichinh', DEMO_TEST_PASSWORD)).status).toBe(200);
    const [after] = await stack.sql<{ failed_logins: number }>(`SELECT failed_logins FROM users WHERE username = 'officer.taichinh'`);
    expect(after.failed_logins).toBe(0);
  });

  it('throttles failed sign-ins per username and IP: after 5 failures even the right password gets 429 with Retry-After', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await login('council.member3', `wrong-${attempt}`)).status).toBe(401);
    }
    const response = await fetch(`${stack.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'council.member3', password: DEMO_TEST_PASSWORD }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    const body = (await response.json()) as { title: string; detail: string };
    expect(body.title).toBe('Quá nhiều yêu cầu');
    expect(body.detail).toContain('Đăng nhập sai quá nhiều lần');

    // Another username from the same address is not affected.
    expect((await login('council.member4', DEMO_TEST_PASSWORD)).status).toBe(200);
  });

  it('throttles one address spraying passwords over many usernames, per client address behind a trusted proxy, in every API process', async () => {
    // A second API process on the same database, behind a proxy on loopback, with a low per-address limit.
    const second = await createApiApp(
      { databaseUrl: stack.database.url, temporal: stack.temporalOptions, jwtSecret: randomBytes(32).toString('hex'), auth: { loginFailuresPerAddressLimit: 3 }, trustProxy: 'loopback' },
      ['error'],
    );
    await second.listen(0, '127.0.0.1');
    const secondUrl = (await second.getUrl()).replace('[::1]', '127.0.0.1');
    const from = (address: string, username: string, password: string) =>
      http(secondUrl, 'POST', '/api/v1/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': address } });
    try {
      for (const username of ['council.member5', 'council.member6', 'council.member7']) expect((await from('203.0.113.7', username, 'wrong')).status).toBe(401);
      // A fourth username from the same address is refused, even with its right password…
      const sprayed = await from('203.0.113.7', 'council.member8', DEMO_TEST_PASSWORD);
      expect(sprayed.status).toBe(429);
      expect(sprayed.body.detail).toContain('Đăng nhập sai quá nhiều lần');
      // …while another client address behind the same proxy signs in.
      expect((await from('198.51.100.20', 'council.member8', DEMO_TEST_PASSWORD)).status).toBe(200);
      const rows = await stack.sql<{ address: string }>(`SELECT DISTINCT address FROM login_failures WHERE username LIKE 'council.member%'`);
      expect(rows.map((row) => row.address)).toContain('203.0.113.7');
    } finally {
      await second.close();
    }
    // The first process (no proxy trusted) counts the failures recorded by the second: one shared window.
    for (let attempt = 1; attempt <= 5; attempt += 1) await stack.sql(`INSERT INTO login_failures (username, address) VALUES ('council.member9', '127.0.0.1')`);
    expect((await login('council.member9', DEMO_TEST_PASSWORD)).status).toBe(429);
    await stack.sql(`DELETE FROM login_failures WHERE username = 'council.member9'`);
  });

  it('rotates refresh tokens, and treats reuse of a spent one as theft: the whole session is revoked', async () => {
    const first = await signIn(stack.baseUrl, 'manager');
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await me(bearer(second.body.accessToken as string))).status).toBe(200);

    const third = await refresh(second.body.refreshToken as string);
    expect(third.status).toBe(200);

    // Only hashes are stored.
    const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
    expect(await stack.sql('SELECT id FROM refresh_tokens WHERE token_hash = $1', [first.refreshToken])).toHaveLength(0);
    const [spent] = await stack.sql<{ revoked_at: Date | null; replaced_by: string | null; family_id: string }>(
      'SELECT revoked_at, replaced_by, family_id FROM refresh_tokens WHERE token_hash = $1',
      [hashOf(first.refreshToken)],
    );
    expect(spent.revoked_at).not.toBeNull();
    expect(spent.replaced_by).not.toBeNull();

    const replayed = await refresh(first.refreshToken);
    expect(replayed.status).toBe(401);
    expect(replayed.contentType).toContain('application/problem+json');
    expect(replayed.body.type).toContain('refresh-token-reused');

    // The legitimate holder's newest token died with the family.
    const latest = await refresh(third.body.refreshToken as string);
    expect(latest.status).toBe(401);
    const live = await stack.sql('SELECT id FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL', [spent.family_id]);
    expect(live).toHaveLength(0);

    // A separate sign-in (another family) is untouched.
    const elsewhere = await signIn(stack.baseUrl, 'manager');
    expect((await refresh(elsewhere.refreshToken)).status).toBe(200);
  });

  it('logs out: the session’s refresh tokens stop working, other sessions keep theirs', async () => {
    const phone = await signIn(stack.baseUrl, 'head.tdc');
    const laptop = await signIn(stack.baseUrl, 'head.tdc');
    const out = await http(stack.baseUrl, 'POST', '/api/v1/auth/logout', { body: { refreshToken: phone.refreshToken } });
    expect(out.status).toBe(204);

    const afterLogout = await refresh(phone.refreshToken);
    expect(afterLogout.status).toBe(401);
    expect(afterLogout.body.type).toContain('refresh-token-invalid');
    expect((await refresh(laptop.refreshToken)).status).toBe(200);
    // The session's access token died with it at once; the other session's still works.
    const signedOut = await me(bearer(phone.accessToken));
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.type).toContain('session-ended');
    // A rotation keeps the session: the laptop's first access token still works.
    expect((await me(bearer(laptop.accessToken))).status).toBe(200);

    // Idempotent: logging out twice, or with an unknown token, is not an error.
    expect((await http(stack.baseUrl, 'POST', '/api/v1/auth/logout', { body: { refreshToken: phone.refreshToken } })).status).toBe(204);
    expect((await refresh('not-a-token')).status).toBe(401);
  });

  it('answers 401 problem+json for a missing, malformed, forged, foreign or expired access token', async () => {
    const claims = {
      sub: seed.users['officer.tdc'].id,
      typ: 'access',
      username: 'officer.tdc',
      roles: ['department-officer'],
      provinceCode: 'thanh-hoa',
      departmentCode: 'thanh-hoa/chi-cuc-tdc',
      councilIds: [],
    };
    const productSigner = stack.api.get(JwtService);
    // Claims of an open session, signed with the product's key: accepted. Without a session: refused.
    const session = await signIn(stack.baseUrl, 'officer.tdc');
    const { sid } = productSigner.decode<{ sid: string }>(session.accessToken);
    const valid = productSigner.sign({ ...claims, sid }, { expiresIn: 60 });
    expect((await me(bearer(valid))).status).toBe(200);
    const sessionless = await me(bearer(productSigner.sign(claims, { expiresIn: 60 })));
    expect(sessionless.status).toBe(401);
    expect(sessionless.body.type).toContain('access-token-invalid');

    const missing = await me({});
    expect(missing.status).toBe(401);
    expect(missing.contentType).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ title: 'Chưa xác thực' });
    expect(missing.body.detail).toContain('Cần đăng nhập');

    const expired = await me(bearer(productSigner.sign({ ...claims, sid, exp: Math.floor(Date.now() / 1000) - 60 })));
    expect(expired.status).toBe(401);
    expect(expired.body.type).toContain('access-token-expired');
    expect(expired.body.detail).toContain('Mã truy cập đã hết hạn');
    const expiredEnglish = await me({ ...bearer(productSigner.sign({ ...claims, sid, exp: Math.floor(Date.now() / 1000) - 60 })), 'accept-language': 'en' });
    expect(expiredEnglish.body.detail).toContain('The access token has expired');

    const forged = new JwtService({ secret: 'someone-elses-secret' }).sign({ ...claims, sid }, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, expiresIn: 60 });
    // The key every installation shared before it got its own (it is in the public history of the source).
    const publicKey = new JwtService({ secret: 'development-only-secret-change-me-in-production' }).sign(
      { ...claims, sid, roles: ['administrator'] },
      { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, expiresIn: 60 },
    );
    const notAccess = productSigner.sign({ ...claims, sid, typ: 'refresh' }, { expiresIn: 60 });
    const noneAlgorithm = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, roles: ['administrator'], iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE })).toString('base64url')}.`;
    for (const token of ['garbage', forged, publicKey, notAccess, noneAlgorithm]) {
      const answer = await me(bearer(token));
      expect(answer.status).toBe(401);
      expect(answer.body.type).toContain('access-token-invalid');
    }
    const adminRoute = await http(stack.baseUrl, 'GET', '/api/v1/admin/users', { headers: bearer(noneAlgorithm) });
    expect(adminRoute.status).toBe(401);
  });

  it('answers 403 problem+json when none of the caller’s roles allows the route’s action', async () => {
    const answer = await http(stack.baseUrl, 'GET', '/api/v1/admin/users', { headers: await loginAs(stack.baseUrl, 'officer.tdc') });
    expect(answer.status).toBe(403);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status: 403, title: 'Không có quyền' });
    expect(answer.body.detail).toContain('admin.users');
  });

  it('lets the administrator create accounts with roles and scope; the password is kept as an argon2id hash only', async () => {
    const admin = await loginAs(stack.baseUrl, 'admin');
    const account = {
      username: 'Officer.YTe',
      password: 'a-strong-password-1',
      displayName: 'Trần Thị Bình',
      roles: ['department-officer'],
      provinceCode: 'thanh-hoa',
      departmentCode: 'thanh-hoa/so-y-te',
      email: 'binh.tt@thanhhoa.gov.vn',
    };
    const headers = { ...admin, 'idempotency-key': 'create-officer-yte' };
    const created = await http(stack.baseUrl, 'POST', '/api/v1/admin/users', { body: account, headers });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'officer.yte', roles: ['department-officer'], departmentCode: 'thanh-hoa/so-y-te', active: true });
    expect(created.body).not.toHaveProperty('passwordHash');

    const [row] = await stack.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE username = $1', ['officer.yte']);
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain(account.password);

    const signedIn = await me(await loginAs(stack.baseUrl, 'officer.yte', account.password));
    expect(signedIn.body).toMatchObject({ department: { code: 'thanh-hoa/so-y-te' }, user: { displayName: 'Trần Thị Bình' } });

    // Same key, same body: the first account, not a second one; same key, other body: refused.
    const replay = await http(stack.baseUrl, 'POST', '/api/v1/admin/users', { body: account, headers });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(created.body.id);
    const otherPassword = await http(stack.baseUrl, 'POST', '/api/v1/admin/users', { body: { ...account, password: 'another-password-2' }, headers });
    expect(otherPassword.status).toBe(422);
    expect(otherPassword.body.type).toContain('idempotency-key-reused');

    const taken = await http(stack.baseUrl, 'POST', '/api/v1/admin/users', { body: account, headers: admin });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([{ field: 'username', message: 'Tên đăng nhập "officer.yte" đã được dùng.' }]);

    const noDepartment = await http(stack.baseUrl, 'POST', '/api/v1/admin/users', { body: { ...account, username: 'officer.x', departmentCode: undefined }, headers: admin });
    expect(noDepartment.status).toBe(422);
    expect(noDepartment.body.errors).toEqual([{ field: 'departmentCode', message: 'Cán bộ sở, ngành cần có đơn vị công tác.' }]);

    const badRole = await http(stack.baseUrl, 'POST', '/api/v1/admin/users', { body: { ...account, username: 'officer.y', roles: ['superuser'] }, headers: admin });
    expect(badRole.status).toBe(400);
    expect((badRole.body.errors as { field: string }[])[0].field).toBe('roles');
  });

  it('lists accounts for the administrator with filters, sorting and paging', async () => {
    const admin = await loginAs(stack.baseUrl, 'admin');
    const page = await http<{ items: { username: string }[]; total: number; page: number; pageSize: number }>(
      stack.baseUrl,
      'GET',
      '/api/v1/admin/users?role=council-member&sort=-username&pageSize=4&page=2',
      { headers: admin },
    );
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 9, page: 2, pageSize: 4 });
    expect(page.body.items.map((user) => user.username)).toEqual(['council.member5', 'council.member4', 'council.member3', 'council.member2']);
    expect(page.body.items[0]).not.toHaveProperty('passwordHash');

    const tooBig = await http(stack.baseUrl, 'GET', '/api/v1/admin/users?pageSize=1000', { headers: admin });
    expect(tooBig.status).toBe(400);
  });

  it('stops honouring a disabled account: no sign-in, no refresh, no /me', async () => {
    const session = await signIn(stack.baseUrl, 'approver.ubnd');
    await stack.sql(`UPDATE users SET active = false WHERE username = 'approver.ubnd'`);
    try {
      expect((await login('approver.ubnd', DEMO_TEST_PASSWORD)).status).toBe(401);
      expect((await refresh(session.refreshToken)).status).toBe(401);
      expect((await me(bearer(session.accessToken))).status).toBe(401);
    } finally {
      await stack.sql(`UPDATE users SET active = true WHERE username = 'approver.ubnd'`);
    }
  });

  it('seeds exactly the demo accounts, idempotently, keeps DEMO_PASSWORD working, and refuses production', async () => {
    const usernames = (await stack.sql<{ username: string }>('SELECT username FROM users WHERE email LIKE $1 ORDER BY username', ['%@demo.nscl.invalid'])).map((row) => row.username);
    expect(usernames).toEqual(DEMO_ACCOUNTS.map((account) => account.username).sort());
    const enterprises = await stack.sql<{ tax_code: string; province_code: string }>('SELECT tax_code, province_code FROM enterprises WHERE id = ANY($1) ORDER BY tax_code', [
      Object.values(seed.enterprises),
    ]);
    expect(enterprises).toEqual([
      { tax_code: '2801234564', province_code: 'thanh-hoa' },
      { tax_code: '2807654325', province_code: 'thanh-hoa' },
    ]);
    expect(seed.users['enterprise.b'].enterpriseId).toBe(seed.enterprises['enterprise-b']);

    const again = await seedDemoAccountsInto(stack.database.url);
    expect(again.created).toEqual([]);
    expect(again.passwordReset).toEqual([]);
    expect(again.users).toEqual(seed.users);

    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    try {
      await expect(seedDemoAccounts(dataSource, DEMO_TEST_PASSWORD, 'production')).rejects.toBeInstanceOf(DemoSeedRefused);
      const changed = await seedDemoAccounts(dataSource, 'a-new-demo-password', 'development');
      expect(changed.passwordReset).toHaveLength(DEMO_ACCOUNTS.length);
      expect((await login('council.member9', 'a-new-demo-password')).status).toBe(200);
      await seedDemoAccounts(dataSource, DEMO_TEST_PASSWORD, 'test');
    } finally {
      await dataSource.destroy();
    }
    expect((await login('council.member9', DEMO_TEST_PASSWORD)).status).toBe(200);
  });
});
