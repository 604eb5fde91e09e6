import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { Connection } from '@temporalio/client';
import { EmbeddedPostgresServer } from '../../libs/local-servers/src/embedded-postgres';
import { findFreePort } from '../../libs/local-servers/src/free-port';
import { temporalBinaryPath } from '../../libs/local-servers/src/temporal-binaries';
import { TemporalDevServer } from '../../libs/local-servers/src/temporal-dev-server';
import { registerSearchAttributes } from '../../libs/temporal/src/register-search-attributes';
import { HARNESS_STATE_VARIABLE, HarnessState } from './harness-state';

const projectRoot = path.resolve(__dirname, '..', '..');

export interface RunningHarness {
  workDir: string;
  postgres: EmbeddedPostgresServer;
  temporal: TemporalDevServer;
}

/**
 * Starts, once per Jest run, a real PostgreSQL (embedded-postgres) and a real Temporal dev
 * server (in memory), and bundles the workflow code once for every test worker.
 */
export default async function globalSetup(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-test-'));
  // The embedded PostgreSQL runs as the `postgres` user when we are root: it must reach its folder.
  fs.chmodSync(workDir, 0o755);
  const temporalTestServerPath = temporalBinaryPath('test-server', projectRoot);
  const [postgres, temporal, workflowBundlePath] = await Promise.all([
    findFreePort().then((port) => EmbeddedPostgresServer.start({ dataDir: path.join(workDir, 'postgres'), port })),
    findFreePort().then((port) => TemporalDevServer.start({ cliPath: temporalBinaryPath('cli', projectRoot), port })),
    bundleWorkflows(path.join(workDir, 'workflow-bundle.js')),
  ]);
  const connection = await Connection.connect({ address: temporal.address });
  try {
    await registerSearchAttributes(connection, 'default');
  } finally {
    await connection.close();
  }

  const state: HarnessState = { postgresAdminUrl: postgres.url('postgres'), temporalAddress: temporal.address, workflowBundlePath, temporalTestServerPath };
  const stateFile = path.join(workDir, 'harness.json');
  fs.writeFileSync(stateFile, JSON.stringify(state));
  process.env[HARNESS_STATE_VARIABLE] = stateFile;
  (globalThis as { nsclHarness?: RunningHarness }).nsclHarness = { workDir, postgres, temporal };
}

async function bundleWorkflows(codePath: string): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: path.join(projectRoot, 'workflows'), logger: quietLogger });
  fs.writeFileSync(codePath, code);
  return codePath;
}

const quietLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};
