import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * What an embedded installation keeps in its data folder: the PostgreSQL cluster, the Temporal
 * dev server's database, uploaded documents, the e-mail sink and the token-signing key. Copied
 * together while nothing runs, they restore to the same moment: every case, task and timer.
 */
const MEMBERS = ['postgres', 'temporal.db', 'temporal.db-wal', 'temporal.db-shm', 'documents', 'mail', 'jwt-secret'];

/** The launcher's mark that `npm start` runs on this data folder. */
export const LAUNCHER_PID_FILE = 'nscl.pid';

export class EmbeddedDataError extends Error {}

/** A gzipped tar of the data folder's members; refuses while the system runs on it. */
export function backupEmbeddedData(dataDir: string, archive: string): { archive: string; bytes: number; members: string[] } {
  assertNothingRuns(dataDir);
  const members = MEMBERS.filter((member) => fs.existsSync(path.join(dataDir, member)));
  if (!members.includes('postgres') || !members.includes('temporal.db')) {
    throw new EmbeddedDataError(`Không có dữ liệu nhúng trong ${dataDir} · no embedded data in ${dataDir} (run npm start once, or set DATA_DIR)`);
  }
  fs.mkdirSync(path.dirname(path.resolve(archive)), { recursive: true });
  run('tar', ['-czf', path.resolve(archive), '-C', dataDir, ...members]);
  return { archive: path.resolve(archive), bytes: fs.statSync(archive).size, members };
}

/** Unpacks a backup into a data folder that is empty or absent (never over live data). */
export function restoreEmbeddedData(archive: string, dataDir: string): { members: string[] } {
  if (!fs.existsSync(archive)) throw new EmbeddedDataError(`Không thấy tệp sao lưu · no backup at ${archive}`);
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new EmbeddedDataError(`${dataDir} còn dữ liệu · ${dataDir} is not empty: move it away (or set DATA_DIR to a new folder) before restoring`);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  run('tar', ['-xzf', path.resolve(archive), '-C', dataDir]);
  return { members: fs.readdirSync(dataDir).filter((member) => MEMBERS.includes(member)) };
}

/** The launcher or a PostgreSQL still running on the folder would make a torn copy. */
function assertNothingRuns(dataDir: string): void {
  for (const pidFile of [path.join(dataDir, LAUNCHER_PID_FILE), path.join(dataDir, 'postgres', 'postmaster.pid')]) {
    if (!fs.existsSync(pidFile)) continue;
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new EmbeddedDataError('NSCL đang chạy trên thư mục dữ liệu này: dừng npm start (Ctrl-C) rồi sao lưu · NSCL is running on this data folder: stop npm start (Ctrl-C), then back up');
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new EmbeddedDataError(`${command} ${args[0]} failed: ${result.stderr || result.error?.message || `exit ${result.status}`}`);
}
