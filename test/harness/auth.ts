import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { DemoSeedResult, seedDemoAccounts } from '../../libs/persistence/src/seed/demo-accounts';
import { http } from './http';

/** The password every demo account gets in tests (the product's default comes from DEMO_PASSWORD). */
export const DEMO_TEST_PASSWORD = 'demo-password-for-tests';

/** Seeds the demo accounts (api.md) and enterprises A and B into a test database, e.g. `stack.database.url`. */
export async function seedDemoAccountsInto(databaseUrl: string, password = DEMO_TEST_PASSWORD): Promise<DemoSeedResult> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    return await seedDemoAccounts(dataSource, password);
  } finally {
    await dataSource.destroy();
  }
}

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** Signs in through the real API; fails the test with the API's answer when sign-in is refused. */
export async function signIn(baseUrl: string, username: string, password = DEMO_TEST_PASSWORD): Promise<SignedIn> {
  const response = await http<SignedIn>(baseUrl, 'POST', '/api/v1/auth/login', { body: { username, password } });
  if (response.status !== 200) throw new Error(`Sign-in as ${username} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * Headers that act as `username` (a seeded demo account unless a password is given):
 * `http(baseUrl, 'GET', '/api/v1/me', { headers: await loginAs(baseUrl, 'officer.tdc') })`.
 */
export async function loginAs(baseUrl: string, username: string, password = DEMO_TEST_PASSWORD): Promise<Record<string, string>> {
  const { accessToken } = await signIn(baseUrl, username, password);
  return bearer(accessToken);
}

export function bearer(accessToken: string): Record<string, string> {
  return { authorization: `Bearer ${accessToken}` };
}
