import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { registerSearchAttributes } from '../../libs/temporal/src/register-search-attributes';
import { readHarnessState } from './harness-state';

let runtimeInstalled = false;

/** Keeps test output to warnings; the SDK logs every worker state change at INFO. */
export function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  runtimeInstalled = true;
}

/** A time-skipping test server of this test file's own, knowing the product's search attributes. */
export async function createTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  installQuietRuntime();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: readHarnessState().temporalTestServerPath } },
  });
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}
