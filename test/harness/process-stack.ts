import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { EmbeddedPostgresServer } from '../../libs/local-servers/src/embedded-postgres';
import { findFreePort } from '../../libs/local-servers/src/free-port';
import { ManagedProcess } from '../../libs/local-servers/src/managed-process';
import { SmtpSink } from '../../libs/local-servers/src/smtp-sink';
import { temporalBinaryPath } from '../../libs/local-servers/src/temporal-binaries';
import { TemporalDevServer } from '../../libs/local-servers/src/temporal-dev-server';
import { dataSourceOptions, runMigrations } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { registerSearchAttributes } from '../../libs/temporal/src/register-search-attributes';
import { seedDemoAccountsInto } from './auth';
import { eventually } from './eventually';
import { readHarnessState } from './harness-state';

const projectRoot = path.resolve(__dirname, '..', '..');
const TS_HOOK = path.join(__dirname, 'register-ts.js');

/**
 * The production topology on one machine, for fault drills: its own PostgreSQL and Temporal
 * server (data on disk, so either can be stopped and started again), an SMTP sink, and the worker
 * and the API as separate processes that a drill may kill with SIGKILL. Nothing is shared with
 * other test files, so stopping a server here disturbs nobody else.
 */
export class ProcessStack {
  worker?: ManagedProcess;
  api?: ManagedProcess;
  readonly output: string[] = [];

  private constructor(
    readonly workDir: string,
    readonly postgresPort: number,
    readonly temporalPort: number,
    readonly apiPort: number,
    readonly databaseUrl: string,
    private postgres: EmbeddedPostgresServer,
    private temporal: TemporalDevServer,
    readonly smtp: SmtpSink,
    readonly client: Client,
    readonly dataSource: DataSource,
    private readonly jwtSecret: string,
    private readonly workflowBundlePath: string,
  ) {}

  /**
   * On a new data folder, or on `dataDir` as a previous stack (or a restored backup) left it.
   * Outside Jest (a benchmark) pass the workflow bundle `npm run build` wrote.
   */
  static async start(dataDir?: string, workflowBundlePath = readHarnessState().workflowBundlePath): Promise<ProcessStack> {
    const workDir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-drill-'));
    fs.chmodSync(workDir, 0o755);
    const [postgresPort, temporalPort, apiPort, smtpPort] = await Promise.all([findFreePort(), findFreePort(), findFreePort(), findFreePort()]);
    const postgres = await EmbeddedPostgresServer.start({ dataDir: path.join(workDir, 'postgres'), port: postgresPort });
    const databaseUrl = await postgres.ensureDatabase('nscl');
    await runMigrations(databaseUrl);
    const dataSource = await new DataSource({ ...dataSourceOptions(databaseUrl), extra: { max: 4 } }).initialize();
    await seedReferenceData(dataSource);
    await seedDemoAccountsInto(databaseUrl);
    const temporal = await startTemporal(workDir, temporalPort);
    const connection = await Connection.connect({ address: temporal.address });
    await registerSearchAttributes(connection, 'default');
    const smtp = await SmtpSink.start({ dir: path.join(workDir, 'mail'), port: smtpPort });
    const stack = new ProcessStack(workDir, postgresPort, temporalPort, apiPort, databaseUrl, postgres, temporal, smtp, new Client({ connection, namespace: 'default' }), dataSource, randomBytes(32).toString('hex'), workflowBundlePath);
    await Promise.all([stack.startWorker(), stack.startApi()]);
    return stack;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.apiPort}`;
  }

  private environment(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: this.databaseUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${this.temporalPort}`,
      TEMPORAL_TASK_QUEUE: 'nscl-drill',
      WORKFLOW_BUNDLE_PATH: this.workflowBundlePath,
      SMTP_URL: this.smtp.url,
      PUBLIC_BASE_URL: 'https://nscl.example.gov.vn',
      JWT_SECRET: this.jwtSecret,
      HOST: '127.0.0.1',
      PORT: String(this.apiPort),
      DATA_DIR: this.workDir,
    };
  }

  private spawn(app: 'worker' | 'api'): ManagedProcess {
    return ManagedProcess.spawn(app, process.execPath, ['-r', TS_HOOK, path.join(projectRoot, 'apps', app, 'src', 'main.ts')], {
      env: this.environment(),
      cwd: projectRoot,
      onOutput: (line) => this.output.push(`[${app}] ${line}`),
    });
  }

  async startWorker(): Promise<void> {
    const worker = this.spawn('worker');
    this.worker = worker;
    await eventually(async () => this.output.some((line) => line.includes('Polling task queue')) || !worker.running, (ready) => ready, { timeoutMs: 120_000 });
    if (!worker.running) throw new Error(`The worker exited while starting:\n${this.output.slice(-20).join('\n')}`);
  }

  /** SIGKILL: no shutdown hook runs, activities in flight are simply lost to this process. */
  async killWorker(): Promise<void> {
    this.worker?.child.kill('SIGKILL');
    await this.worker?.whenExited();
    this.output.length = 0;
  }

  async startApi(): Promise<void> {
    const api = this.spawn('api');
    this.api = api;
    const healthy = await eventually(
      async () => (api.running ? fetch(`${this.baseUrl}/health`).then((response) => response.status === 200, () => false) : true),
      (done) => done,
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    if (!healthy || !api.running) throw new Error(`The API did not start:\n${this.output.slice(-20).join('\n')}`);
  }

  async killApi(): Promise<void> {
    this.api?.child.kill('SIGKILL');
    await this.api?.whenExited();
  }

  /** Stops PostgreSQL (fast shutdown: clients are cut off) and starts it again on the same data. */
  async restartPostgres(whileDown: () => Promise<void>): Promise<void> {
    await this.postgres.stop();
    await whileDown();
    this.postgres = await EmbeddedPostgresServer.start({ dataDir: path.join(this.workDir, 'postgres'), port: this.postgresPort });
  }

  /** Stops the Temporal server and starts it again on the same database file and port. */
  async restartTemporal(whileDown: () => Promise<void>): Promise<void> {
    await this.temporal.stop();
    await whileDown();
    this.temporal = await startTemporal(this.workDir, this.temporalPort);
  }

  /** Stops every process and server; the data folder goes too unless `keepData`. */
  async stop({ keepData = false } = {}): Promise<void> {
    await this.api?.stop();
    await this.worker?.stop();
    await this.client.connection.close();
    await this.dataSource.destroy();
    await this.smtp.stop();
    await this.temporal.stop();
    await this.postgres.stop();
    if (!keepData) fs.rmSync(this.workDir, { recursive: true, force: true });
  }
}

function startTemporal(workDir: string, port: number): Promise<TemporalDevServer> {
  return TemporalDevServer.start({ cliPath: temporalBinaryPath('cli', projectRoot), port, dbFile: path.join(workDir, 'temporal.db') });
}
