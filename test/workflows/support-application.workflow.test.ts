import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { ApplicationEntity } from '../../libs/persistence/src/entities/application.entity';
import { currentStateQuery, SupportApplicationInput, withdrawUpdate } from '../../workflows/support-application/messages';
import { supportApplicationWorkflow } from '../../workflows/support-application/support-application.workflow';
import { readHarnessState } from '../harness/harness-state';
import { createTestDatabase, TestDatabase } from '../harness/test-database';
import { createTimeSkippingEnvironment } from '../harness/time-skipping';

describe('supportApplicationWorkflow on the time-skipping test server', () => {
  const taskQueue = `ts-${randomUUID()}`;
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    const harness = readHarnessState();
    [env, database] = await Promise.all([
      createTimeSkippingEnvironment(),
      createTestDatabase(),
    ]);
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({ databaseUrl: database.url, temporal: { address: env.address, namespace: 'default', taskQueue }, workflowBundlePath: harness.workflowBundlePath }),
      { logger: ['error', 'warn'] },
    );
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await worker?.close();
    await env?.teardown();
    await database?.drop();
  });

  const input = (): SupportApplicationInput => ({
    applicationId: randomUUID(),
    title: 'Áp dụng ISO 9001 tại Công ty A',
    provinceCode: 'thanh-hoa',
    supportKind: 'management-systems',
    requestedAmountVnd: 250_000_000,
  });

  it('records the case, keeps waiting at intake for months of skipped time, then closes on withdrawal', async () => {
    const application = input();
    const handle = await env.client.workflow.start(supportApplicationWorkflow, {
      taskQueue,
      workflowId: `application-${application.applicationId}`,
      args: [application],
    });

    await env.sleep('90 days');
    expect(await handle.query(currentStateQuery)).toEqual({ applicationId: application.applicationId, status: 'submitted', step: 'intake', seq: 1 });
    const submitted = await dataSource.getRepository(ApplicationEntity).findOneByOrFail({ id: application.applicationId });
    expect(submitted).toMatchObject({ status: 'submitted', currentStep: 'intake', projectionSeq: 1, requestedAmountVnd: 250_000_000 });

    await expect(handle.executeUpdate(withdrawUpdate, { args: [{ reason: '  ' }] })).rejects.toMatchObject({ cause: { message: expect.stringMatching(/reason/) } });
    const withdrawn = await handle.executeUpdate(withdrawUpdate, { args: [{ reason: 'Doanh nghiệp tự thực hiện' }] });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', step: null, seq: 2 });
    expect(await handle.result()).toEqual(withdrawn);

    const row = await dataSource.getRepository(ApplicationEntity).findOneByOrFail({ id: application.applicationId });
    expect(row).toMatchObject({ status: 'withdrawn', currentStep: null, projectionSeq: 2 });
  });
});
