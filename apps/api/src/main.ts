import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadEnvironment, requireServers } from '../../../libs/config/src/environment';
import { installationSecret } from '../../../libs/config/src/installation-secret';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const environment = requireServers(loadEnvironment());
  const app = await createApiApp({
    databaseUrl: environment.databaseUrl,
    temporal: { address: environment.temporalAddress, namespace: environment.temporalNamespace, taskQueue: environment.temporalTaskQueue },
    jwtSecret: environment.jwtSecret ?? installationSecret(environment.dataDir),
    trustProxy: environment.trustProxy,
    corsOrigins: environment.corsOrigins,
  });
  await app.listen(environment.apiPort, environment.apiHost);
  new Logger('api').log(`Listening on http://${environment.apiHost}:${environment.apiPort}`);
}

main().catch((error: unknown) => {
  new Logger('api').error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
