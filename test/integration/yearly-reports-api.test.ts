import { ScheduleClient, ScheduleNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { yearOf } from '../../libs/domain/src/calendar/plain-date';
import { vietnamDateAt } from '../../libs/domain/src/deadlines/vietnam-time';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { ensureYearlyReportSchedule, YEARLY_REPORT_SCHEDULE_ID } from '../../libs/temporal/src/yearly-report-schedule';
import { cycleStateQuery } from '../../workflows/yearly-report/messages';
import type { startYearlyReportCycleWorkflow } from '../../workflows/yearly-report/start-yearly-report-cycle.workflow';
import type { yearlyReportCycleWorkflow } from '../../workflows/yearly-report/yearly-report-cycle.workflow';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/** The real clock: cycles here run on the dev server in real time, so their years are picked around today. */
const THIS_YEAR = yearOf(vietnamDateAt(Date.now()));
const report = { summary: 'Đã hỗ trợ 12 doanh nghiệp áp dụng ISO 9001 và 5S.', figures: [{ indicator: 'Doanh nghiệp được hỗ trợ', unit: 'doanh nghiệp', value: 12 }] };

describe('yearly reports: the schedule, the submission route and the manager list, on real servers', () => {
  let stack: TestStack;
  let schedules: ScheduleClient;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    await seedDemoAccountsInto(stack.database.url);
    for (const username of ['officer.tdc', 'officer.congthuong', 'council.secretary', 'manager', 'manager.hungyen', 'admin']) as[username] = await loginAs(stack.baseUrl, username);
    schedules = new ScheduleClient({ connection: stack.temporal.connection, namespace: 'default' });
  });

  afterAll(async () => {
    await schedules
      ?.getHandle(YEARLY_REPORT_SCHEDULE_ID)
      .delete()
      .catch(() => undefined);
    await stack?.stop();
  });

  const call = (username: string | undefined, method: string, path: string, body?: unknown) => http(stack.baseUrl, method, `/api/v1${path}`, { body, headers: username ? as[username] : {} });
  const options = (now: string) => ({ taskQueue: stack.temporalOptions.taskQueue, namespace: 'default', now: new Date(now) });

  async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const value = await read().catch(() => undefined);
      if (value !== undefined && ok(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`Timed out waiting for ${what}`);
  }

  /** Starts a year's cycle the way the schedule does (through the start workflow) and waits until its rows are open. */
  async function openCycle(year: number, deadlineReading?: 'on-the-date' | 'next-working-day') {
    const started = await stack.temporal.workflow.execute<typeof startYearlyReportCycleWorkflow>('startYearlyReportCycleWorkflow', {
      taskQueue: stack.temporalOptions.taskQueue,
      workflowId: `yearly-report-cycle-test-${year}`,
      args: [{ year, ...(deadlineReading ? { deadlineReading } : {}) }],
    });
    expect(started).toEqual({ workflowId: `yearly-report-${year}`, started: true });
    const handle = stack.temporal.workflow.getHandle<typeof yearlyReportCycleWorkflow>(`yearly-report-${year}`);
    await eventually(() => handle.query(cycleStateQuery), (state) => state.dueDate !== null, `the ${year} cycle to open`);
    return handle;
  }

  it('ensureYearlyReportSchedule creates one schedule, leaves it alone when run again, repairs a changed one, and opens a missed cycle', async () => {
    // Outside the reporting season: created, nothing triggered.
    expect(await ensureYearlyReportSchedule(stack.temporal, options('2026-06-01T00:00:00Z'))).toEqual({ outcome: 'created', cycleTriggered: false });
    expect(await ensureYearlyReportSchedule(stack.temporal, options('2026-06-01T00:00:00Z'))).toEqual({ outcome: 'unchanged', cycleTriggered: false });

    const handle = schedules.getHandle(YEARLY_REPORT_SCHEDULE_ID);
    const described = await handle.describe();
    expect(described.spec.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(described.spec.calendars).toHaveLength(1);
    expect(described.spec.calendars?.[0]).toMatchObject({
      month: [{ start: 'OCTOBER', end: 'OCTOBER' }],
      dayOfMonth: [{ start: 1, end: 1 }],
      hour: [{ start: 8, end: 8 }],
      minute: [{ start: 0, end: 0 }],
      second: [{ start: 0, end: 0 }],
    });
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'startYearlyReportCycleWorkflow', workflowId: 'yearly-report-cycle', taskQueue: stack.temporalOptions.taskQueue });
    // 1 October, 08:00 in Hà Nội is 01:00 UTC.
    expect(described.info.nextActionTimes[0].toISOString()).toMatch(/^\d{4}-10-01T01:00:00\.000Z$/);
    // One schedule: a second create is refused by the server.
    const listed = await eventually(
      async () => {
        const ids: string[] = [];
        for await (const schedule of schedules.list()) ids.push(schedule.scheduleId);
        return ids;
      },
      (ids) => ids.includes(YEARLY_REPORT_SCHEDULE_ID),
      'the schedule to be listed',
    );
    expect(listed.filter((id) => id === YEARLY_REPORT_SCHEDULE_ID)).toHaveLength(1);

    // Someone changed it (another hour, another task queue): the next start puts it back.
    await handle.update((previous) => ({ ...previous, spec: { calendars: [{ month: 'OCTOBER', dayOfMonth: 1, hour: 9 }], timezone: 'Asia/Ho_Chi_Minh' }, action: { ...previous.action, taskQueue: 'elsewhere' } }));
    expect(await ensureYearlyReportSchedule(stack.temporal, options('2026-06-01T00:00:00Z'))).toEqual({ outcome: 'updated', cycleTriggered: false });
    const repaired = await handle.describe();
    expect(repaired.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 8, end: 8 }] });
    expect(repaired.action.taskQueue).toBe(stack.temporalOptions.taskQueue);
    expect(await ensureYearlyReportSchedule(stack.temporal, options('2026-06-01T00:00:00Z'))).toEqual({ outcome: 'unchanged', cycleTriggered: false });

    // A first deployment during the reporting season starts this year's cycle at once.
    await handle.delete();
    await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
    expect(await ensureYearlyReportSchedule(stack.temporal, options(`${THIS_YEAR}-11-15T03:00:00Z`))).toEqual({ outcome: 'created', cycleTriggered: true });
    const cycle = stack.temporal.workflow.getHandle<typeof yearlyReportCycleWorkflow>(`yearly-report-${THIS_YEAR}`);
    const state = await eventually(() => cycle.query(cycleStateQuery), (value) => value.dueDate !== null, 'the triggered cycle to open');
    // Every department of the 34 provinces except Sở KH&CN and UBND tỉnh: 34 × 7.
    expect(state.counts.requested + state.counts.submitted + state.counts.overdue).toBe(238);
    const [rows] = await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM department_reports WHERE year = $1`, [THIS_YEAR]);
    expect(rows.n).toBe(238);
  });

  it('lets a department officer submit their own department\'s report, once, and nobody else\'s', async () => {
    const year = THIS_YEAR + 1;
    const cycle = await openCycle(year);
    const path = `/yearly-reports/${year}/submission`;

    expect((await call(undefined, 'POST', path, report)).status).toBe(401);
    expect((await call('manager', 'POST', path, report)).status).toBe(403);
    expect((await call('officer.congthuong', 'POST', path, { figures: [] })).status).toBe(400);
    expect((await call('officer.congthuong', 'POST', path, { ...report, departmentCode: 'thanh-hoa/chi-cuc-tdc' })).status).toBe(403);
    expect((await call('officer.congthuong', 'POST', path, { ...report, departmentCode: 'hung-yen/so-cong-thuong' })).status).toBe(404);
    expect((await call('officer.congthuong', 'POST', `/yearly-reports/${year + 5}/submission`, report)).status).toBe(404);
    // Sở KH&CN receives the reports; it has none to send.
    expect((await call('council.secretary', 'POST', path, report)).status).toBe(404);

    const submitted = await call('officer.congthuong', 'POST', path, report);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ year, departmentCode: 'thanh-hoa/so-cong-thuong', status: 'submitted', dueDate: `${year}-11-30`, submittedBy: { username: 'officer.congthuong' }, content: report });
    // It went through the cycle, so no reminder will follow it.
    expect((await cycle.query(cycleStateQuery)).counts.submitted).toBe(1);
    const again = await call('officer.congthuong', 'POST', path, report);
    expect(again).toMatchObject({ status: 409, contentType: expect.stringContaining('application/problem+json') });

    const list = await call('manager', 'GET', `/yearly-reports?year=${year}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ year, provinceCode: 'thanh-hoa', counts: { requested: 6, submitted: 1, overdue: 0 } });
    const items = list.body.items as { departmentCode: string; status: string; departmentName: string; late: boolean }[];
    expect(items.map((item) => item.departmentCode)).toEqual([
      'thanh-hoa/chi-cuc-tdc',
      'thanh-hoa/so-cong-thuong',
      'thanh-hoa/so-noi-vu',
      'thanh-hoa/so-nong-nghiep-moi-truong',
      'thanh-hoa/so-tai-chinh',
      'thanh-hoa/so-xay-dung',
      'thanh-hoa/so-y-te',
    ]);
    expect(items[1]).toMatchObject({ status: 'submitted', departmentName: 'Sở Công Thương tỉnh Thanh Hóa', late: false });

    expect((await call('manager', 'GET', `/yearly-reports?year=${year}&provinceCode=hung-yen`)).status).toBe(403);
    expect((await call('manager.hungyen', 'GET', `/yearly-reports?year=${year}`)).body).toMatchObject({ provinceCode: 'hung-yen', counts: { requested: 7, submitted: 0, overdue: 0 } });
    expect((await call('officer.tdc', 'GET', `/yearly-reports?year=${year}`)).status).toBe(403);
    expect((await call('admin', 'GET', `/yearly-reports?year=${year}`)).status).toBe(422);
    expect((await call('admin', 'GET', `/yearly-reports?year=${year}&provinceCode=thanh-hoa`)).body).toMatchObject({ counts: { submitted: 1 } });
  });

  it('escalates at once a cycle opened after its dates, and still takes a late report once the cycle has completed', async () => {
    const year = THIS_YEAR - 1;
    const cycle = await openCycle(year);
    const result = await cycle.result();
    expect(result).toMatchObject({ year, stepsDone: ['escalation-12-01'], counts: { requested: 0, submitted: 0, overdue: 238 } });
    const escalated = await stack.sql<{ username: string }>(
      `SELECT u.username FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE n.dedup_key LIKE $1 ORDER BY u.username`,
      [`${year}:thanh-hoa/chi-cuc-tdc:%`],
    );
    expect(escalated.map((row) => row.username)).toEqual(['head.tdc', 'manager']);

    const late = await call('officer.tdc', 'POST', `/yearly-reports/${year}/submission`, report);
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ status: 'submitted', submittedBy: { username: 'officer.tdc' } });
    expect((await call('officer.tdc', 'POST', `/yearly-reports/${year}/submission`, report)).status).toBe(409);
    const list = await call('manager', 'GET', `/yearly-reports?year=${year}`);
    expect(list.body).toMatchObject({ counts: { requested: 0, submitted: 1, overdue: 6 } });
    expect((list.body.items as { departmentCode: string; late: boolean }[]).find((item) => item.departmentCode === 'thanh-hoa/chi-cuc-tdc')).toMatchObject({ late: true });
  });

  it('keeps "before 30/11" on 30 November when it is a Sunday, unless the cycle reads it as moving to the next working day', async () => {
    // 30/11/2031 and 30/11/2036 are Sundays; the worker runs with the default YEARLY_REPORT_DEADLINE_READING (on-the-date).
    const onTheDate = await (await openCycle(2031)).query(cycleStateQuery);
    expect(onTheDate).toMatchObject({ year: 2031, dueDate: '2031-11-30', escalationDate: '2031-12-01' });
    const moved = await (await openCycle(2036, 'next-working-day')).query(cycleStateQuery);
    expect(moved).toMatchObject({ year: 2036, dueDate: '2036-12-01', escalationDate: '2036-12-02' });
    const [row] = await stack.sql<{ due_date: string }>(`SELECT due_date::text AS due_date FROM department_reports WHERE year = 2031 LIMIT 1`);
    expect(row?.due_date).toBe('2031-11-30');
  });
});
