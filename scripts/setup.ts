import { Client, Connection } from '@temporalio/client';
import { loadEnvironment, requireServers } from '../libs/config/src/environment';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../libs/persistence/src/data-source';
import { seedReferenceData } from '../libs/persistence/src/seed/seed-reference-data';
import { totalInserted } from '../libs/persistence/src/seed/seed-report';
import { registerSearchAttributes } from '../libs/temporal/src/register-search-attributes';
import { ensureHousekeepingSchedule } from '../libs/temporal/src/housekeeping-schedule';
import { ensureYearlyReportSchedule } from '../libs/temporal/src/yearly-report-schedule';

/**
 * Prepares external servers before the API and worker start (docker-compose, production):
 * pending migrations, reference data, the product's Temporal search attributes and the yearly
 * report and nightly housekeeping Schedules. Safe to run on every deploy. Demo accounts are never created here.
 */
async function main(): Promise<void> {
  const environment = requireServers(loadEnvironment());
  const applied = await runMigrations(environment.databaseUrl);
  process.stdout.write(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}\n` : 'Database schema is up to date\n');
  const dataSource = await new DataSource(dataSourceOptions(environment.databaseUrl)).initialize();
  try {
    process.stdout.write(`Reference data: ${totalInserted(await seedReferenceData(dataSource))} rows added (existing rows are never overwritten)\n`);
  } finally {
    await dataSource.destroy();
  }
  const connection = await Connection.connect({ address: environment.temporalAddress });
  try {
    const added = await registerSearchAttributes(connection, environment.temporalNamespace);
    process.stdout.write(added.length > 0 ? `Registered search attributes: ${added.join(', ')}\n` : 'Search attributes are registered\n');
    const schedule = await ensureYearlyReportSchedule(new Client({ connection, namespace: environment.temporalNamespace }), {
      taskQueue: environment.temporalTaskQueue,
      namespace: environment.temporalNamespace,
    });
    process.stdout.write(`Yearly report schedule: ${schedule.outcome}\n`);
    const housekeeping = await ensureHousekeepingSchedule(new Client({ connection, namespace: environment.temporalNamespace }), {
      taskQueue: environment.temporalTaskQueue,
      namespace: environment.temporalNamespace,
    });
    process.stdout.write(`Nightly housekeeping schedule: ${housekeeping}\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
