import { loadEnvironment } from '../libs/config/src/environment';
import { restoreEmbeddedData } from '../libs/local-servers/src/embedded-data-backup';

/** `npm run restore -- FILE`: unpacks a backup into DATA_DIR, which must be empty or absent; then `npm start`. */
function main(): void {
  const archive = process.argv[2];
  if (!archive) throw new Error('Cách dùng · usage: npm run restore -- <backup .tar.gz>');
  const { dataDir } = loadEnvironment();
  const { members } = restoreEmbeddedData(archive, dataDir);
  process.stdout.write(`Đã khôi phục · restored ${members.join(', ')} into ${dataDir}; start with npm start\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
