import { taxCodeCheckDigit } from '../../libs/domain/src/enterprises/tax-code-check-digit';
import { DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/*
 * AUTHORIZATION MATRIX — the status each caller gets from each route that exists now.
 *
 * Targets: A and B are the Thanh Hóa demo enterprises (A is enterprise.a's own, B is enterprise.b's);
 * HY is an enterprise in Hưng Yên (another province for everyone but manager.hungyen).
 * "own province" / "other province" are the caller's (the administrator's "own" is Thanh Hóa).
 * "A's application" is a Thanh Hóa draft opened by enterprise.a (a fresh one per request): only its
 * enterprise, the province's manager and the administrator see it; officers and councils see a case
 * once it is routed to them (test/integration/application-lifecycle.test.ts). Out of scope is 404.
 */
const WHO = ['anonymous', 'enterprise.a', 'enterprise.b', 'officer.tdc', 'council.secretary', 'council.member1', 'manager', 'manager.hungyen', 'admin'] as const;
type Who = (typeof WHO)[number];
type Row = [route: string, target: string, ...expected: number[]];

// prettier-ignore
const MATRIX: Row[] = [
  // route                             target               anon  ent.a  ent.b  officer  secretary  member  manager  mgr.HY  admin
  ['GET /health',                      '-',                 200,  200,   200,   200,     200,       200,    200,     200,    200],
  ['GET /me',                          '-',                 401,  200,   200,   200,     200,       200,    200,     200,    200],
  ['GET /admin/users',                 '-',                 401,  403,   403,   403,     403,       403,    403,     403,    200],
  ['POST /admin/users',                '-',                 401,  403,   403,   403,     403,       403,    403,     403,    201],
  ['POST /enterprises',                'own province',      401,  403,   403,   403,     403,       403,    201,     201,    201],
  ['POST /enterprises',                'other province',    401,  403,   403,   403,     403,       403,    403,     403,    201],
  ['GET /enterprises/:id',             'A',                 401,  200,   404,   200,     200,       404,    200,     404,    200],
  ['GET /enterprises/:id',             'B',                 401,  404,   200,   200,     200,       404,    200,     404,    200],
  ['GET /enterprises/:id',             'HY',                401,  404,   404,   404,     404,       404,    404,     200,    200],
  ['POST /applications',               '-',                 401,  201,   201,   403,     403,       403,    403,     403,    403],
  ['GET /applications',                '-',                 401,  200,   200,   200,     200,       200,    200,     200,    200],
  ['GET /applications/:id',            "A's application",   401,  200,   404,   404,     404,       404,    200,     404,    200],
  ['POST /applications/:id/withdraw',  "A's application",   401,  200,   404,   403,     403,       403,    403,     403,    403],
  ['GET /tasks',                       '-',                 401,  403,   403,   200,     200,       200,    200,     200,    403],
];

interface Call {
  method: string;
  path: string;
  body?: unknown;
}

const PROVINCE: Record<Who, string> = {
  anonymous: 'thanh-hoa',
  'enterprise.a': 'thanh-hoa',
  'enterprise.b': 'thanh-hoa',
  'officer.tdc': 'thanh-hoa',
  'council.secretary': 'thanh-hoa',
  'council.member1': 'thanh-hoa',
  manager: 'thanh-hoa',
  'manager.hungyen': 'hung-yen',
  admin: 'thanh-hoa',
};
const OTHER_PROVINCE: Record<string, string> = { 'thanh-hoa': 'hung-yen', 'hung-yen': 'thanh-hoa' };

let serial = 0;
function nextTaxCode(): string {
  for (;;) {
    serial += 1;
    const firstNine = `48${String(serial).padStart(7, '0')}`;
    const check = taxCodeCheckDigit(firstNine);
    if (check !== null) return `${firstNine}${check}`;
  }
}

const proposal = { title: 'Áp dụng ISO 9001 và 5S', provinceCode: 'thanh-hoa', supportKind: 'management-systems', requestedAmountVnd: 300_000_000 };

describe('authorization matrix: role × route × target → status (real API + PostgreSQL + Temporal)', () => {
  let stack: TestStack;
  let seed: DemoSeedResult;
  let hungYenEnterpriseId: string;
  const headers = {} as Record<Who, Record<string, string>>;

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    seed = await seedDemoAccountsInto(stack.database.url);
    headers.anonymous = {};
    for (const who of WHO.filter((name) => name !== 'anonymous')) headers[who] = await loginAs(stack.baseUrl, who);
    const hungYen = await http(stack.baseUrl, 'POST', '/api/v1/enterprises', {
      body: { taxCode: nextTaxCode(), name: 'Công ty Cổ phần Dệt may Phố Hiến', sector: 'industry-construction', staff: 150, revenueVnd: 90_000_000_000, provinceCode: 'hung-yen' },
      headers: headers['manager.hungyen'],
    });
    expect(hungYen.status).toBe(201);
    hungYenEnterpriseId = hungYen.body.id as string;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function applicationOfEnterpriseA(): Promise<string> {
    const created = await http(stack.baseUrl, 'POST', '/api/v1/applications', { body: proposal, headers: headers['enterprise.a'] });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  const enterpriseId = (target: string): string =>
    target === 'A' ? seed.enterprises['enterprise-a'] : target === 'B' ? seed.enterprises['enterprise-b'] : hungYenEnterpriseId;

  /** The request each matrix row stands for, made concrete for one caller. */
  async function callFor(route: string, target: string, who: Who): Promise<Call> {
    switch (route) {
      case 'GET /health':
        return { method: 'GET', path: '/health' };
      case 'GET /me':
        return { method: 'GET', path: '/api/v1/me' };
      case 'GET /admin/users':
        return { method: 'GET', path: '/api/v1/admin/users' };
      case 'POST /admin/users':
        return {
          method: 'POST',
          path: '/api/v1/admin/users',
          body: { username: `matrix.user${(serial += 1)}`, password: 'matrix-password', displayName: 'Người dùng kiểm thử', roles: ['programme-manager'], provinceCode: 'thanh-hoa' },
        };
      case 'POST /enterprises': {
        const provinceCode = target === 'own province' ? PROVINCE[who] : OTHER_PROVINCE[PROVINCE[who]];
        return {
          method: 'POST',
          path: '/api/v1/enterprises',
          body: { taxCode: nextTaxCode(), name: `Doanh nghiệp kiểm thử ${serial}`, sector: 'trade-services', staff: 12, revenueVnd: 9_000_000_000, provinceCode },
        };
      }
      case 'GET /enterprises/:id':
        return { method: 'GET', path: `/api/v1/enterprises/${enterpriseId(target)}` };
      case 'POST /applications':
        return { method: 'POST', path: '/api/v1/applications', body: proposal };
      case 'GET /applications':
        return { method: 'GET', path: '/api/v1/applications' };
      case 'GET /tasks':
        return { method: 'GET', path: '/api/v1/tasks' };
      case 'GET /applications/:id':
        return { method: 'GET', path: `/api/v1/applications/${await applicationOfEnterpriseA()}` };
      case 'POST /applications/:id/withdraw':
        return { method: 'POST', path: `/api/v1/applications/${await applicationOfEnterpriseA()}/withdraw`, body: { reason: 'Kiểm thử phân quyền' } };
      default:
        throw new Error(`No request for matrix row "${route}"`);
    }
  }

  const cells = MATRIX.flatMap(([route, target, ...expected]) => {
    if (expected.length !== WHO.length) throw new Error(`Matrix row "${route} ${target}" has ${expected.length} statuses for ${WHO.length} callers`);
    return WHO.map((who, index) => ({ name: `${who.padEnd(17)} ${route} [${target}] → ${expected[index]}`, route, target, who, expected: expected[index] }));
  });

  it.each(cells)('$name', async ({ route, target, who, expected }) => {
    const call = await callFor(route, target, who);
    const answer = await http(stack.baseUrl, call.method, call.path, { body: call.body, headers: headers[who] });
    expect({ who, route, target, status: answer.status }).toEqual({ who, route, target, status: expected });
    if (expected >= 400) expect(answer.contentType).toContain('application/problem+json');

    if (route === 'POST /applications/:id/withdraw' && expected >= 400) {
      // Refused means untouched: the application is still running.
      const id = call.path.split('/')[4];
      const [row] = await stack.sql<{ status: string }>('SELECT status FROM applications WHERE id = $1', [id]);
      expect(row.status).toBe('draft');
    }
  });
});
