import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { Environment, loadEnvironment, projectRoot } from '../../../libs/config/src/environment';
import { dataSourceOptions, runMigrations } from '../../../libs/persistence/src/data-source';
import { seedDemoAccounts } from '../../../libs/persistence/src/seed/demo-accounts';
import { seedReferenceData } from '../../../libs/persistence/src/seed/seed-reference-data';
import { totalInserted } from '../../../libs/persistence/src/seed/seed-report';
import { LAUNCHER_PID_FILE } from '../../../libs/local-servers/src/embedded-data-backup';
import { EmbeddedPostgresServer } from '../../../libs/local-servers/src/embedded-postgres';
import { isPortFree } from '../../../libs/local-servers/src/free-port';
import { SupervisedProcess } from '../../../libs/local-servers/src/supervised-process';
import { temporalBinaryPath } from '../../../libs/local-servers/src/temporal-binaries';
import { TemporalDevServer } from '../../../libs/local-servers/src/temporal-dev-server';
import { SmtpSink } from '../../../libs/local-servers/src/smtp-sink';
import { registerSearchAttributes } from '../../../libs/temporal/src/register-search-attributes';
import { ensureHousekeepingSchedule } from '../../../libs/temporal/src/housekeeping-schedule';
import { ensureYearlyReportSchedule } from '../../../libs/temporal/src/yearly-report-schedule';
import { waitForHealth } from './wait-for-health';

const logger = new Logger('nscl');

/** Things to stop on the way out, last started first. */
const running: { name: string; stop: () => Promise<void> }[] = [];
let shuttingDown = false;

/**
 * `npm start`: the whole system on one machine. PostgreSQL and Temporal are started here
 * unless DATABASE_URL / TEMPORAL_ADDRESS point elsewhere; then migrations, search attributes,
 * and the worker and the API as child processes, exactly as production runs them.
 */
async function main(): Promise<void> {
  const environment = loadEnvironment();
  process.on('SIGINT', () => void shutDown(0));
  process.on('SIGTERM', () => void shutDown(0));
  process.on('SIGHUP', () => void shutDown(0));
  // Tells `npm run backup` that the data folder is in use.
  const pidFile = path.join(environment.dataDir, LAUNCHER_PID_FILE);
  fs.mkdirSync(environment.dataDir, { recursive: true });
  fs.writeFileSync(pidFile, `${process.pid}\n`);
  running.push({ name: 'pid file', stop: async () => fs.rmSync(pidFile, { force: true }) });

  let databaseUrl = environment.databaseUrl;
  if (!databaseUrl) {
    const dataDir = path.join(environment.dataDir, 'postgres');
    logger.log(`Starting embedded PostgreSQL (data in ${dataDir}) on port ${environment.embeddedPostgresPort}`);
    await assertPortFree(environment.embeddedPostgresPort, 'EMBEDDED_POSTGRES_PORT');
    const postgres = await EmbeddedPostgresServer.start({ dataDir, port: environment.embeddedPostgresPort });
    running.push({ name: 'PostgreSQL', stop: () => postgres.stop() });
    databaseUrl = await postgres.ensureDatabase('nscl');
  }

  let temporalAddress = environment.temporalAddress;
  let temporalUiUrl = environment.temporalUiUrl;
  if (!temporalAddress) {
    const dbFile = path.join(environment.dataDir, 'temporal.db');
    logger.log(`Starting Temporal dev server (history in ${dbFile}) on port ${environment.temporalPort}`);
    await assertPortFree(environment.temporalPort, 'TEMPORAL_PORT');
    await assertPortFree(environment.temporalUiPort, 'TEMPORAL_UI_PORT');
    const temporal = await TemporalDevServer.start({
      cliPath: temporalBinaryPath('cli', projectRoot),
      port: environment.temporalPort,
      uiPort: environment.temporalUiPort,
      dbFile,
      namespace: environment.temporalNamespace,
      // Only its warnings and errors; its banner repeats ours, and its complaints while everything stops are noise.
      onLog: (line) => shuttingDown || !/level=(WARN|ERROR)/.test(line) || logger.warn(`[temporal] ${line}`),
    });
    running.push({ name: 'Temporal', stop: () => temporal.stop() });
    temporalAddress = temporal.address;
    temporalUiUrl = temporal.uiUrl;
  }

  const applied = await runMigrations(databaseUrl);
  logger.log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
  const demoAccounts = await seed(databaseUrl, environment);

  const connection = await Connection.connect({ address: temporalAddress });
  try {
    const added = await registerSearchAttributes(connection, environment.temporalNamespace);
    if (added.length > 0) logger.log(`Registered search attributes: ${added.join(', ')}`);
    const schedule = await ensureYearlyReportSchedule(new Client({ connection, namespace: environment.temporalNamespace }), {
      taskQueue: environment.temporalTaskQueue,
      namespace: environment.temporalNamespace,
    });
    logger.log(`Yearly report schedule: ${schedule.outcome}${schedule.cycleTriggered ? " (this year's cycle started)" : ''}`);
    const housekeeping = await ensureHousekeepingSchedule(new Client({ connection, namespace: environment.temporalNamespace }), {
      taskQueue: environment.temporalTaskQueue,
      namespace: environment.temporalNamespace,
    });
    logger.log(`Nightly housekeeping schedule: ${housekeeping}`);
  } finally {
    await connection.close();
  }

  let smtpUrl = environment.smtpUrl;
  let smtpSinkDir: string | undefined;
  if (!smtpUrl) {
    smtpSinkDir = path.join(environment.dataDir, 'mail');
    logger.log(`Starting the SMTP sink (e-mails kept in ${smtpSinkDir}) on port ${environment.smtpSinkPort}`);
    await assertPortFree(environment.smtpSinkPort, 'SMTP_SINK_PORT');
    const sink = await SmtpSink.start({ dir: smtpSinkDir, port: environment.smtpSinkPort, onLog: (line) => logger.warn(line) });
    running.push({ name: 'SMTP sink', stop: () => sink.stop() });
    smtpUrl = sink.url;
  }

  const childEnvironment = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    SMTP_URL: smtpUrl,
    ...(smtpSinkDir ? { SMTP_SINK_DIR: smtpSinkDir } : {}),
  };
  for (const app of ['worker', 'api'] as const) {
    // A child that dies is started again (with a growing wait), not left as half a system.
    const child = new SupervisedProcess(app, process.execPath, [path.join(projectRoot, 'dist', 'apps', app, 'src', 'main.js')], {
      env: childEnvironment,
      onOutput: (line) => process.stdout.write(`[${app}] ${line}\n`),
    }, {
      onRestart: (code, backoffMs, restarts) =>
        shuttingDown ||
        logger.error(`The ${app} stopped unexpectedly (exit code ${code}); restarting it in ${Math.round(backoffMs / 1000)} s (restart ${restarts}).`),
    });
    running.push({ name: app, stop: () => child.stop() });
  }

  const apiUrl = `http://localhost:${environment.apiPort}`;
  await waitForHealth(`${apiUrl}/health`, 120_000);
  const lines = [
    '',
    'NSCL đã sẵn sàng · NSCL is ready',
    `  Trang web · web application:  ${apiUrl}/`,
    `  API:          ${apiUrl}/api/v1`,
    `  API docs:     ${apiUrl}/docs`,
    `  Health:       ${apiUrl}/health`,
    `  Temporal UI:  ${temporalUiUrl ?? '(external Temporal: see your cluster)'}`,
    ...(smtpSinkDir && environment.nodeEnv !== 'production' ? [`  E-mail sink:  ${apiUrl}/api/v1/dev/mail  (admin; files in ${smtpSinkDir})`] : []),
    ...(demoAccounts.length > 0
      ? [`  Tài khoản demo · demo accounts: ${demoAccounts.join(', ')}`, `  Mật khẩu · password: ${environment.demoPassword}  (DEMO_PASSWORD)`]
      : []),
    '  Ctrl-C dừng hệ thống · Ctrl-C stops everything',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** Reference data always (never overwriting an administrator's edits); demo accounts only outside production. */
async function seed(databaseUrl: string, environment: Environment): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    const inserted = totalInserted(await seedReferenceData(dataSource));
    if (inserted > 0) logger.log(`Seeded ${inserted} reference rows (provinces, departments, catalogues, plans, procedures, policies, calendar)`);
    if (environment.nodeEnv === 'production') return [];
    const demo = await seedDemoAccounts(dataSource, environment.demoPassword, environment.nodeEnv);
    return Object.keys(demo.users);
  } finally {
    await dataSource.destroy();
  }
}

async function assertPortFree(port: number, variable: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new Error(`Port ${port} is already in use (is another \`npm start\` running?). Stop it or set ${variable} to another port.`);
  }
}

async function shutDown(exitCode: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.log('Stopping…');
  for (const item of running.reverse()) {
    try {
      await item.stop();
    } catch (error) {
      logger.warn(`Could not stop ${item.name} cleanly: ${String(error)}`);
    }
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  void shutDown(1);
});
