import { Client, ScheduleAlreadyRunning, ScheduleClient, ScheduleDescription, ScheduleOptions, ScheduleOverlapPolicy } from '@temporalio/client';
import { vietnamDateAt } from '../../domain/src/deadlines/vietnam-time';

/** The Schedule that opens the yearly report cycle (calendar.md "Yearly"). */
export const YEARLY_REPORT_SCHEDULE_ID = 'yearly-report-cycle';
/** workflows/yearly-report/start-yearly-report-cycle.workflow.ts, by name: this library loads no workflow code. */
const START_WORKFLOW_TYPE = 'startYearlyReportCycleWorkflow';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** 1 October, 08:00 in Vietnam: a month's notice before the first reminder (1 November), two before the due date. */
const FIRES_AT = { month: 'OCTOBER', dayOfMonth: 1, hour: 8, minute: 0, second: 0 } as const;

export interface YearlyReportScheduleOptions {
  taskQueue: string;
  namespace: string;
  /** The current time; tests pass their own. */
  now?: Date;
}

export interface YearlyReportScheduleResult {
  outcome: 'created' | 'updated' | 'unchanged';
  /** True when a new schedule was created inside this year's reporting window and started its cycle at once. */
  cycleTriggered: boolean;
}

/** The schedule as it should be: the start workflow on `taskQueue`, each 1 October at 08:00 Vietnam time. */
export function yearlyReportScheduleOptions(taskQueue: string): ScheduleOptions {
  return {
    scheduleId: YEARLY_REPORT_SCHEDULE_ID,
    spec: { calendars: [{ ...FIRES_AT, comment: 'Báo cáo năm: mở kỳ báo cáo ngày 1/10 · yearly report cycle opens on 1 October' }], timezone: TIME_ZONE },
    action: { type: 'startWorkflow', workflowType: START_WORKFLOW_TYPE, workflowId: YEARLY_REPORT_SCHEDULE_ID, taskQueue, args: [] },
    // The start workflow is idempotent, so a fire missed while Temporal was down may safely run late.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '30 days', pauseOnFailure: false },
  };
}

/**
 * Creates the yearly report Schedule if it is missing, updates it if its spec or action differs
 * (e.g. another task queue), and otherwise leaves it alone; safe on every start and from several
 * processes at once (ScheduleAlreadyRunning means someone else created it first). A schedule
 * created between 1 October and 30 November (a first deployment in the reporting season) is
 * triggered once, so this year's cycle does not wait a year; the start workflow never runs a
 * year's cycle twice.
 */
export async function ensureYearlyReportSchedule(client: Client, options: YearlyReportScheduleOptions): Promise<YearlyReportScheduleResult> {
  const schedules = new ScheduleClient({ connection: client.connection, namespace: options.namespace });
  const desired = yearlyReportScheduleOptions(options.taskQueue);
  try {
    const handle = await schedules.create(desired);
    const inSeason = isReportingSeason(options.now ?? new Date());
    if (inSeason) await handle.trigger();
    return { outcome: 'created', cycleTriggered: inSeason };
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }

  const handle = schedules.getHandle(YEARLY_REPORT_SCHEDULE_ID);
  if (isAsDesired(await handle.describe(), options.taskQueue)) return { outcome: 'unchanged', cycleTriggered: false };
  await handle.update((previous) => ({ spec: desired.spec, action: desired.action, policies: desired.policies, state: { paused: previous.state.paused, note: previous.state.note } }));
  return { outcome: 'updated', cycleTriggered: false };
}

/** Whether a described schedule fires when, and starts what, `yearlyReportScheduleOptions` says. */
export function isAsDesired(current: ScheduleDescription, taskQueue: string): boolean {
  const { spec, action, policies } = current;
  const calendars = spec.calendars ?? [];
  const [calendar] = calendars;
  type Ranges = readonly { start: unknown; end?: unknown; step?: number }[] | undefined;
  const only = (ranges: Ranges, value: unknown) => expand(ranges).length === 1 && expand(ranges)[0] === value;
  const anyOrAll = (ranges: Ranges, all: number) => (ranges ?? []).length === 0 || expand(ranges).length === all;
  return (
    calendars.length === 1 &&
    only(calendar.month, FIRES_AT.month) &&
    only(calendar.dayOfMonth, FIRES_AT.dayOfMonth) &&
    only(calendar.hour, FIRES_AT.hour) &&
    only(calendar.minute, FIRES_AT.minute) &&
    only(calendar.second, FIRES_AT.second) &&
    anyOrAll(calendar.dayOfWeek, 7) &&
    (calendar.year ?? []).length === 0 &&
    (spec.intervals ?? []).length === 0 &&
    (spec.skip ?? []).length === 0 &&
    spec.timezone === TIME_ZONE &&
    action.workflowType === START_WORKFLOW_TYPE &&
    action.workflowId === YEARLY_REPORT_SCHEDULE_ID &&
    action.taskQueue === taskQueue &&
    policies.overlap === ScheduleOverlapPolicy.SKIP
  );
}

const NAMED_UNITS: readonly (readonly string[])[] = [
  ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'],
  ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'],
];

/** The values a list of ranges covers; months and weekdays stay names. */
function expand(ranges: readonly { start: unknown; end?: unknown; step?: number }[] | undefined): unknown[] {
  const values: unknown[] = [];
  for (const { start, end, step } of ranges ?? []) {
    const names = NAMED_UNITS.find((list) => list.includes(start as string));
    const position = (value: unknown) => (names ? names.indexOf(value as string) : (value as number));
    const first = position(start);
    const last = end !== undefined && position(end) >= first ? position(end) : first;
    for (let value = first; value <= last; value += Math.max(1, step ?? 1)) values.push(names ? names[value] : value);
  }
  return values;
}

/** From 1 October to 30 November in Vietnam: the cycle of this year should be running. */
function isReportingSeason(now: Date): boolean {
  const monthDay = vietnamDateAt(now.getTime()).slice(5);
  return monthDay >= '10-01' && monthDay <= '11-30';
}
