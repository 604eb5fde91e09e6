import * as path from 'node:path';
import { loadEnvironment } from '../libs/config/src/environment';
import { backupEmbeddedData } from '../libs/local-servers/src/embedded-data-backup';

/**
 * `npm run backup [-- FILE]`: the embedded installation's data (PostgreSQL, Temporal, documents,
 * signing key) as one archive, taken while `npm start` is stopped. External servers are backed
 * up with their own tools (README, "Backups").
 */
function main(): void {
  const environment = loadEnvironment();
  if (environment.databaseUrl || environment.temporalAddress) {
    throw new Error('DATABASE_URL / TEMPORAL_ADDRESS trỏ tới máy chủ ngoài: sao lưu bằng công cụ của chúng · external servers: back them up with their own tools (README, "Backups")');
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const archive = process.argv[2] ?? path.join(path.dirname(environment.dataDir), 'backups', `nscl-${stamp}.tar.gz`);
  const result = backupEmbeddedData(environment.dataDir, archive);
  process.stdout.write(`Đã sao lưu · backed up ${result.members.join(', ')} to ${result.archive} (${Math.round(result.bytes / 1024)} KiB)\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
