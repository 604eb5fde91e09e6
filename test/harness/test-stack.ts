import { randomBytes } from 'node:crypto';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { TemporalOptions } from '../../libs/temporal/src/temporal-options';
import { readHarnessState } from './harness-state';
import { createTestDatabase, TestDatabase } from './test-database';

/** The product as it runs in production (API + worker), on the harness's real servers. */
export interface TestStack {
  baseUrl: string;
  database: TestDatabase;
  temporal: Client;
  temporalOptions: TemporalOptions;
  api: INestApplication;
  /** Reads the test database directly, to check what the product wrote. */
  sql<T = Record<string, unknown>>(query: string, parameters?: unknown[]): Promise<T[]>;
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestStack(): Promise<TestStack> {
  const harness = readHarnessState();
  const database = await createTestDatabase();
  // A task queue of its own keeps this file's workflows away from other files' workers.
  const temporalOptions: TemporalOptions = { address: harness.temporalAddress, namespace: 'default', taskQueue: `test-${randomBytes(6).toString('hex')}` };
  const startWorkerContext = () =>
    NestFactory.createApplicationContext(WorkerModule.forRoot({ databaseUrl: database.url, temporal: temporalOptions, workflowBundlePath: harness.workflowBundlePath }), {
      logger: ['error', 'warn'],
    });
  let worker: INestApplicationContext | undefined = await startWorkerContext();
  // A 2-core CI machine running suites side by side can take longer than production's 10 s bound;
  // test/integration/bounded-wait.test.ts sets its own (Jest gives each test file its own process.env).
  process.env.API_WORKFLOW_WAIT_MS ??= '120000';
  const api = await createApiApp({ databaseUrl: database.url, temporal: temporalOptions, jwtSecret: randomBytes(32).toString('hex') }, ['error', 'warn']);
  await api.listen(0, '127.0.0.1');
  const baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  const connection = await Connection.connect({ address: harness.temporalAddress });
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  const temporal = new Client({ connection, namespace: 'default' });

  return {
    baseUrl,
    database,
    temporal,
    temporalOptions,
    api,
    sql: (query, parameters) => dataSource.query(query, parameters),
    async stopWorker() {
      await worker?.close();
      worker = undefined;
    },
    async startWorker() {
      worker ??= await startWorkerContext();
    },
    async stop() {
      await api.close();
      await worker?.close();
      await connection.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
