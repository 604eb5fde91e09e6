import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { DemoSeedResult, seedDemoAccounts } from '../../libs/persistence/src/seed/demo-accounts';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { readHarnessState } from './harness-state';
import { createTestDatabase, TestDatabase } from './test-database';
import { createTimeSkippingEnvironment } from './time-skipping';

/** The real worker (activities on PostgreSQL) on a time-skipping server whose clock starts at `startAt`. */
export interface TimeSkippingStack {
  env: TestWorkflowEnvironment;
  taskQueue: string;
  database: TestDatabase;
  dataSource: DataSource;
  demo: DemoSeedResult;
  stop(): Promise<void>;
}

export async function startTimeSkippingStack(options: { startAt: string; taskQueuePrefix: string }): Promise<TimeSkippingStack> {
  const taskQueue = `${options.taskQueuePrefix}-${randomUUID()}`;
  const [env, database] = await Promise.all([createTimeSkippingEnvironment({ startAt: options.startAt }), createTestDatabase()]);
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  // Reference data as it stood on the start day (departments in force then).
  await seedReferenceData(dataSource, { onDate: options.startAt.slice(0, 10) });
  const demo = await seedDemoAccounts(dataSource, 'not-used-here', 'test');
  const worker: INestApplicationContext = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ databaseUrl: database.url, temporal: { address: env.address, namespace: 'default', taskQueue }, workflowBundlePath: readHarnessState().workflowBundlePath }),
    { logger: ['error', 'warn'] },
  );
  return {
    env,
    taskQueue,
    database,
    dataSource,
    demo,
    async stop() {
      await worker.close();
      await dataSource.destroy();
      await env.teardown();
      await database.drop();
    },
  };
}
