import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { DemoSeedResult, seedDemoAccounts } from '../../libs/persistence/src/seed/demo-accounts';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import type { Actor } from '../../workflows/decision/messages';
import { cycleStateQuery, submitReportUpdate } from '../../workflows/yearly-report/messages';
import { startYearlyReportCycleWorkflow } from '../../workflows/yearly-report/start-yearly-report-cycle.workflow';
import { yearlyReportCycleWorkflow } from '../../workflows/yearly-report/yearly-report-cycle.workflow';
import { readHarnessState } from '../harness/harness-state';
import { createTestDatabase, TestDatabase } from '../harness/test-database';
import { asleepOnTimer, createTimeSkippingEnvironment, sleepUntil } from '../harness/time-skipping';

/** The clock starts when the schedule fires: Thursday 1 October 2026, 08:00 in Hà Nội. */
const SCHEDULE_FIRES = '2026-10-01T01:00:00Z';
const TDC = 'thanh-hoa/chi-cuc-tdc';
const CONG_THUONG = 'thanh-hoa/so-cong-thuong';

describe('yearlyReportCycleWorkflow, 2026 cycle on a time-skipping server', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let demo: DemoSeedResult;
  let env: TestWorkflowEnvironment;
  let worker: INestApplicationContext | undefined;
  let taskQueue: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    await seedReferenceData(dataSource, { onDate: '2026-10-01' });
    demo = await seedDemoAccounts(dataSource, 'not-used-here', 'test');
    // Two provinces keep the run light on a shared machine; the full 34-province list is opened in test/integration/yearly-reports-api.test.ts.
    await dataSource.query(`UPDATE departments SET active = false WHERE province_code NOT IN ('thanh-hoa', 'hung-yen')`);
    env = await createTimeSkippingEnvironment({ startAt: SCHEDULE_FIRES });
    taskQueue = `yearly-report-${randomUUID()}`;
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({ databaseUrl: database.url, temporal: { address: env.address, namespace: 'default', taskQueue }, workflowBundlePath: readHarnessState().workflowBundlePath }),
      { logger: ['error', 'warn'] },
    );
  });

  afterAll(async () => {
    await worker?.close();
    await env?.teardown();
    await dataSource?.destroy();
    await database?.drop();
  });

  const officer = (username: string, departmentCode: string): Actor => ({
    userId: demo.users[username].id,
    username,
    roles: ['department-officer'],
    provinceCode: 'thanh-hoa',
    departmentCode,
    councilIds: [],
  });


  /** What reached people about a department's report: "<Hà Nội time> <step> → <usernames or inbox>", oldest first. */
  async function sentAbout(departmentCode: string): Promise<string[]> {
    const rows = await dataSource.query<{ at: string; step: string; recipients: string }[]>(
      `SELECT to_char(n.scheduled_for AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS at,
              split_part(n.dedup_key, ':', 3) AS step,
              string_agg(coalesce(u.username, 'inbox ' || n.recipient_department_code), ',' ORDER BY coalesce(u.username, n.recipient_department_code)) AS recipients
         FROM notifications n LEFT JOIN users u ON u.id = n.recipient_user_id
        WHERE n.dedup_key LIKE $1 AND n.kind = 'yearly-report'
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [`2026:${departmentCode}:%`],
    );
    return rows.map((row) => `${row.at} ${row.step} → ${row.recipients}`);
  }

  it('starts the year of the schedule\'s fire time under yearly-report-<year>, and never a second cycle for it', async () => {
    const first = await env.client.workflow.execute(startYearlyReportCycleWorkflow, { taskQueue, workflowId: 'yearly-report-cycle-2026-10-01T01:00:00Z' });
    expect(first).toEqual({ workflowId: 'yearly-report-2026', started: true });
    const again = await env.client.workflow.execute(startYearlyReportCycleWorkflow, { taskQueue, workflowId: 'yearly-report-cycle-manual-trigger' });
    expect(again).toEqual({ workflowId: 'yearly-report-2026', started: false });
    const cycle = env.client.workflow.getHandle('yearly-report-2026');
    expect((await cycle.describe()).status.name).toBe('RUNNING');
    // Terminated only once asleep on its timer (see asleepOnTimer), or the next test could not skip time.
    await asleepOnTimer(cycle);
    // The next test starts the cycle itself: on the time-skipping server an Update to a workflow started
    // as a child never completes (the dev server has no such problem: test/integration/yearly-reports-api.test.ts).
    await cycle.terminate('replaced by the next test');
  });

  it('opens the year, reminds on 1 and 20 November only those who have not reported, and escalates on 1 December', async () => {
    const handle = await env.client.workflow.start(yearlyReportCycleWorkflow, { taskQueue, workflowId: 'yearly-report-2026', args: [{ year: 2026 }] });

    let state = await handle.query(cycleStateQuery);
    for (let attempt = 0; state.dueDate === null && attempt < 100; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = await handle.query(cycleStateQuery);
    }
    // 2 provinces × 7 reporting departments (not Sở KH&CN, which receives them, nor UBND tỉnh).
    expect(state).toMatchObject({ year: 2026, dueDate: '2026-11-30', escalationDate: '2026-12-01', counts: { requested: 14, submitted: 0, overdue: 0 } });
    const [opened] = await dataSource.query(`SELECT count(*)::int AS n, min(due_date::text) AS due, bool_or(department_code = 'thanh-hoa/so-khcn') AS khcn FROM department_reports WHERE year = 2026`);
    expect(opened).toEqual({ n: 14, due: '2026-11-30', khcn: false });

    await sleepUntil(env, '2026-11-10T03:00:00Z');
    const submitted = await handle.executeUpdate(submitReportUpdate, {
      args: [{ actor: officer('officer.congthuong', CONG_THUONG), departmentCode: CONG_THUONG, content: { summary: 'Hỗ trợ 12 doanh nghiệp áp dụng ISO 9001.', figures: [{ indicator: 'Doanh nghiệp được hỗ trợ', unit: 'doanh nghiệp', value: 12 }] } }],
    });
    expect(submitted).toMatchObject({ year: 2026, departmentCode: CONG_THUONG, status: 'submitted', submittedAt: expect.stringMatching(/^2026-11-10T03:0/), submittedBy: { username: 'officer.congthuong' }, version: 2 });

    // The validator refuses, before anything reaches the history: a second report, another department's, a department that does not report.
    await expect(handle.executeUpdate(submitReportUpdate, { args: [{ actor: officer('officer.congthuong', CONG_THUONG), departmentCode: CONG_THUONG, content: { summary: 'x', figures: [] } }] })).rejects.toMatchObject({
      cause: { type: 'ReportAlreadySubmitted' },
    });
    await expect(handle.executeUpdate(submitReportUpdate, { args: [{ actor: officer('officer.congthuong', CONG_THUONG), departmentCode: TDC, content: { summary: 'x', figures: [] } }] })).rejects.toMatchObject({
      cause: { type: 'NotOwnDepartment' },
    });
    await expect(
      handle.executeUpdate(submitReportUpdate, { args: [{ actor: officer('council.secretary', 'thanh-hoa/so-khcn'), departmentCode: 'thanh-hoa/so-khcn', content: { summary: 'x', figures: [] } }] }),
    ).rejects.toMatchObject({ cause: { type: 'DepartmentNotReporting' } });

    await sleepUntil(env, '2026-12-02T00:00:00Z');
    const result = await handle.result();
    expect(result).toEqual({ year: 2026, dueDate: '2026-11-30', counts: { requested: 0, submitted: 1, overdue: 13 }, stepsDone: ['reminder-11-01', 'reminder-11-20', 'escalation-12-01'] });

    expect(await sentAbout(TDC)).toEqual([
      '2026-11-01 08:00 reminder-11-01 → head.tdc,officer.tdc',
      '2026-11-20 08:00 reminder-11-20 → head.tdc,officer.tdc',
      '2026-12-01 08:00 escalation-12-01 → head.tdc,manager',
    ]);
    expect(await sentAbout(CONG_THUONG)).toEqual(['2026-11-01 08:00 reminder-11-01 → officer.congthuong']);
    // A department with no accounts gets the notices in its shared inbox; Hưng Yên's own manager gets its escalation.
    expect(await sentAbout('hung-yen/so-y-te')).toEqual([
      '2026-11-01 08:00 reminder-11-01 → inbox hung-yen/so-y-te',
      '2026-11-20 08:00 reminder-11-20 → inbox hung-yen/so-y-te',
      '2026-12-01 08:00 escalation-12-01 → inbox hung-yen/so-y-te,manager.hungyen',
    ]);

    const rows = await dataSource.query(
      `SELECT department_code, status, to_char(submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS submitted, submitted_by_name, content->>'summary' AS summary
         FROM department_reports WHERE year = 2026 AND department_code IN ($1, $2) ORDER BY department_code`,
      [TDC, CONG_THUONG],
    );
    expect(rows).toEqual([
      { department_code: TDC, status: 'overdue', submitted: null, submitted_by_name: null, summary: null },
      { department_code: CONG_THUONG, status: 'submitted', submitted: '2026-11-10 10:00', submitted_by_name: 'officer.congthuong', summary: 'Hỗ trợ 12 doanh nghiệp áp dụng ISO 9001.' },
    ]);

    // Bounded history: one activity per province and step, not one per department.
    const history = await handle.fetchHistory();
    const scheduled = (history.events ?? []).filter((event) => event.activityTaskScheduledEventAttributes);
    const byType = new Map<string, number>();
    for (const event of scheduled) {
      const type = event.activityTaskScheduledEventAttributes?.activityType?.name ?? '';
      byType.set(type, (byType.get(type) ?? 0) + 1);
    }
    // yearlyDeadlineReading: the worker's reading of "before 30/11", asked once as the cycle opens.
    expect(Object.fromEntries(byType)).toEqual({ calendarDays: 1, yearlyDeadlineReading: 1, openYearlyReports: 1, recordYearlyReportSubmission: 1, sendYearlyReportReminders: 4, escalateOverdueReports: 2 });
  });
});
