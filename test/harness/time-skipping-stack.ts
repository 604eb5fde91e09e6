import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { DemoSeedResult, seedDemoAccounts } from '../../libs/persistence/src/seed/demo-accounts';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { TemporalOptions } from '../../libs/temporal/src/temporal-options';
import { DEMO_TEST_PASSWORD } from './auth';
import { readHarnessState } from './harness-state';
import { createTestDatabase, TestDatabase } from './test-database';
import { createTimeSkippingEnvironment, sleepUntil } from './time-skipping';

/** The real worker (activities on PostgreSQL) on a time-skipping server whose clock starts at `startAt`. */
export interface TimeSkippingStack {
  env: TestWorkflowEnvironment;
  taskQueue: string;
  database: TestDatabase;
  dataSource: DataSource;
  /** Demo accounts, all with DEMO_TEST_PASSWORD (test/harness/auth.ts), so `loginAs` works against the API. */
  demo: DemoSeedResult;
  /** Moves the server's clock forward to `instant` (ISO 8601); timers due on the way fire in order. */
  sleepUntil(instant: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The same, with the real API in front (`api: true`). The API's own Temporal client is a plain
 * Client: its starts, queries and updates never skip time (only `env.client` waits and `env.sleep`
 * do), so the clock moves exactly when the test says so.
 */
export interface TimeSkippingApiStack extends TimeSkippingStack {
  api: INestApplication;
  /** e.g. http://127.0.0.1:41234 — routes live under /api/v1. */
  baseUrl: string;
}

export interface TimeSkippingStackOptions {
  startAt: string;
  taskQueuePrefix: string;
  api?: boolean;
}

export async function startTimeSkippingStack(options: TimeSkippingStackOptions & { api: true }): Promise<TimeSkippingApiStack>;
export async function startTimeSkippingStack(options: TimeSkippingStackOptions): Promise<TimeSkippingStack>;
export async function startTimeSkippingStack(options: TimeSkippingStackOptions): Promise<TimeSkippingStack | TimeSkippingApiStack> {
  const taskQueue = `${options.taskQueuePrefix}-${randomUUID()}`;
  const [env, database] = await Promise.all([createTimeSkippingEnvironment({ startAt: options.startAt }), createTestDatabase()]);
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  // Reference data as it stood on the start day (departments in force then).
  await seedReferenceData(dataSource, { onDate: options.startAt.slice(0, 10) });
  const demo = await seedDemoAccounts(dataSource, DEMO_TEST_PASSWORD, 'test');
  const temporal: TemporalOptions = { address: env.address, namespace: env.namespace ?? 'default', taskQueue };
  const worker: INestApplicationContext = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ databaseUrl: database.url, temporal, workflowBundlePath: readHarnessState().workflowBundlePath }),
    { logger: ['error', 'warn'] },
  );
  let api: INestApplication | undefined;
  let baseUrl: string | undefined;
  if (options.api) {
    // A 2-core CI machine running suites side by side can take longer than production's 10 s bound;
    // test/integration/bounded-wait.test.ts sets its own (Jest gives each test file its own process.env).
    process.env.API_WORKFLOW_WAIT_MS ??= '120000';
    api = await createApiApp({ databaseUrl: database.url, temporal, jwtSecret: randomBytes(32).toString('hex') }, ['error', 'warn']);
    await api.listen(0, '127.0.0.1');
    baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  }
  const stack: TimeSkippingStack = {
    env,
    taskQueue,
    database,
    dataSource,
    demo,
    sleepUntil: (instant: string) => sleepUntil(env, instant),
    async stop() {
      await api?.close();
      await worker.close();
      await dataSource.destroy();
      await env.teardown();
      await database.drop();
    },
  };
  return api && baseUrl ? { ...stack, api, baseUrl } : stack;
}
