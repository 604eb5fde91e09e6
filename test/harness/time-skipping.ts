import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
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

/** Moves the time-skipping server's clock forward to `instant` (ISO 8601); timers due on the way fire in order. */
export async function sleepUntil(env: TestWorkflowEnvironment, instant: string): Promise<void> {
  const target = Date.parse(instant);
  if (Number.isNaN(target)) throw new Error(`Not an instant: ${instant}`);
  const now = await env.currentTimeMs();
  if (target > now) await env.sleep(target - now);
}

/**
 * Waits until a workflow sleeps on a timer, its activities done. The time-skipping server cancels
 * or terminates a workflow cleanly only then: one stopped mid-activity keeps a time lock that is
 * never released, and no later `env.sleep` or `result()` can skip time.
 */
export async function asleepOnTimer<H extends WorkflowHandle>(handle: H): Promise<H> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { events } = await handle.fetchHistory();
    if (events?.[events.length - 1]?.timerStartedEventAttributes) return handle;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${handle.workflowId} never slept on a timer`);
}

/**
 * A time-skipping test server of this test file's own, knowing the product's search attributes.
 * With `startAt` its clock starts at that instant (libfaketime, provisioned by `npm install`),
 * so deadline tests can assert exact dates of any year, e.g. the week before Tết 2026.
 */
export async function createTimeSkippingEnvironment(options: { startAt?: string } = {}): Promise<TestWorkflowEnvironment> {
  installQuietRuntime();
  const serverPath = readHarnessState().temporalTestServerPath;
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: options.startAt ? fakeClockWrapper(serverPath, options.startAt) : serverPath } },
  });
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

function fakeClockWrapper(serverPath: string, startAt: string): string {
  const instant = new Date(startAt);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not an instant: ${startAt}`);
  const faketime = libfaketimePath();
  // libfaketime's "@" form: start the wall clock there and let it run; monotonic time stays real.
  const stamp = instant.toISOString().replace('T', ' ').slice(0, 19);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-faketime-'));
  process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  const wrapper = path.join(folder, 'temporal-test-server');
  fs.writeFileSync(
    wrapper,
    `#!/bin/sh\nexport LD_PRELOAD='${faketime}'\nexport FAKETIME='@${stamp}'\nexport TZ=UTC\nexport DONT_FAKE_MONOTONIC=1\nexec '${serverPath}' "$@"\n`,
    { mode: 0o755 },
  );
  return wrapper;
}

function libfaketimePath(): string {
  const venv = path.resolve(__dirname, '..', '..', '.tools', 'temporal-venv');
  const lib = path.join(venv, 'lib');
  for (const python of fs.existsSync(lib) ? fs.readdirSync(lib) : []) {
    const candidate = path.join(lib, python, 'site-packages', 'libfaketime', 'vendor', 'libfaketime', 'src', 'libfaketime.so.1');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`libfaketime was not found in ${venv}: run \`npm install\` (it provisions it with the Temporal binaries).`);
}
