import * as fs from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import { activityProviders } from '../../../activities';
import { refusingUnrecordableInput } from '../../../activities/unrecordable-input';
import { activitiesOf } from '../../../libs/temporal/src/activities-of';
import { WORKER_OPTIONS, WorkerModuleOptions } from './worker-options';

/**
 * Owns the Temporal Worker inside the Nest lifecycle: created on module init, run on
 * bootstrap, and on shutdown asked to drain, with its run promise awaited.
 */
@Injectable()
export class TemporalWorkerService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(WORKER_OPTIONS) private readonly options: WorkerModuleOptions,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onModuleInit(): Promise<void> {
    const { temporal } = this.options;
    this.connection = await NativeConnection.connect({ address: temporal.address });
    // Data PostgreSQL refuses for good fails an activity at once (non-retryable), whichever it is.
    const activities = refusingUnrecordableInput(Object.assign({}, ...activityProviders.map((provider) => activitiesOf(this.moduleRef.get(provider, { strict: false })))));
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: temporal.namespace,
      taskQueue: temporal.taskQueue,
      activities,
      ...this.workflowSource(),
    });
  }

  onApplicationBootstrap(): void {
    const worker = this.worker as Worker;
    this.running = worker.run();
    this.running.catch((error: unknown) => {
      this.logger.error(`Worker stopped with an error: ${String(error)}`);
      process.exitCode = 1;
    });
    this.logger.log(`Polling task queue "${this.options.temporal.taskQueue}" on ${this.options.temporal.address}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }

  /** Production runs the bundle built ahead of time; without one, the worker bundles the sources itself. */
  private workflowSource(): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
    const bundlePath = this.options.workflowBundlePath;
    if (bundlePath && fs.existsSync(bundlePath)) return { workflowBundle: { codePath: bundlePath } };
    return { workflowsPath: path.resolve(__dirname, '..', '..', '..', 'workflows') };
  }
}
