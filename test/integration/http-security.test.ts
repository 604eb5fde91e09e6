import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { DEMO_TEST_PASSWORD, seedDemoAccountsInto } from '../harness/auth';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/** The headers and cross-origin rules every answer of the real API carries. */
describe('HTTP security of the API', () => {
  let stack: TestStack;
  let portal: INestApplication;
  let portalUrl: string;

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    await seedDemoAccountsInto(stack.database.url);
    // The same API configured to let one other site's pages call it.
    portal = await createApiApp(
      { databaseUrl: stack.database.url, temporal: stack.temporalOptions, jwtSecret: randomBytes(32).toString('hex'), corsOrigins: ['https://dvc.thanhhoa.gov.vn'] },
      ['error'],
    );
    await portal.listen(0, '127.0.0.1');
    portalUrl = (await portal.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await portal?.close();
    await stack?.stop();
  });

  it('sends a content security policy, refuses framing, sniffing and referrers, and does not say what it runs on', async () => {
    for (const path of ['/health', '/api/v1/provinces', '/docs']) {
      const response = await fetch(stack.baseUrl + path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
    expect((await fetch(`${stack.baseUrl}/docs`)).status).toBe(200);
  });

  it('lets no cache keep the tokens of a sign-in, nor any other API answer', async () => {
    const login = await fetch(`${stack.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'officer.tdc', password: DEMO_TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('cache-control')).toBe('no-store');
    const failed = await fetch(`${stack.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(failed.headers.get('cache-control')).toBe('no-store');
  });

  it('answers other sites only where they were allowed (same origin by default)', async () => {
    const preflight = (baseUrl: string, origin: string) =>
      fetch(`${baseUrl}/api/v1/auth/login`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await preflight(stack.baseUrl, 'https://dvc.thanhhoa.gov.vn')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(portalUrl, 'https://dvc.thanhhoa.gov.vn')).headers.get('access-control-allow-origin')).toBe('https://dvc.thanhhoa.gov.vn');
    expect((await preflight(portalUrl, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
