import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnvironment, requireServers } from '../../../libs/config/src/environment';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const environment = requireServers(loadEnvironment());
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({
      databaseUrl: environment.databaseUrl,
      temporal: { address: environment.temporalAddress, namespace: environment.temporalNamespace, taskQueue: environment.temporalTaskQueue },
      workflowBundlePath: environment.workflowBundlePath,
    }),
  );
  app.enableShutdownHooks();
}

main().catch((error: unknown) => {
  new Logger('worker').error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
