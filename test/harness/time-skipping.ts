import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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
