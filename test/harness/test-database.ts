import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../../libs/persistence/src/data-source';
import { readHarnessState } from './harness-state';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, dropped at its end. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { postgresAdminUrl } = readHarnessState();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(postgresAdminUrl, `CREATE DATABASE ${name}`);
  const url = postgresAdminUrl.replace(/\/postgres$/, `/${name}`);
  await runMigrations(url);
  return { url, drop: () => adminQuery(postgresAdminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
