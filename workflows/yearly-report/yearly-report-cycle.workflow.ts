import { ActivityFailure, allHandlersFinished, ApplicationFailure, condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { CalendarActivities } from '../../activities/calendar/calendar.activities';
import type { YearlyDeadlineReadingActivities } from '../../activities/yearly-reports/yearly-deadline-reading.activities';
import type { YearlyReportActivities } from '../../activities/yearly-reports/yearly-report.activities';
import { yearOf } from '../../libs/domain/src/calendar/plain-date';
import { WorkingCalendar } from '../../libs/domain/src/calendar/working-calendar';
import { vietnamDateAt } from '../../libs/domain/src/deadlines/vietnam-time';
import {
  cycleStateQuery,
  CycleStepKey,
  DepartmentReportStatus,
  ReportingDepartment,
  SubmissionRejection,
  SubmitReportRequest,
  submitReportUpdate,
  YearlyReportCycleInput,
  YearlyReportCycleResult,
  YearlyReportCycleState,
} from './messages';
import { stepsFrom, yearlyReportDates } from './yearly-report-dates';

const DEADLINE_READING_PATCH = 'rules-yearly-report-deadline-reading';

const { calendarDays } = proxyActivities<CalendarActivities>({ startToCloseTimeout: '30 seconds' });
const { yearlyDeadlineReading } = proxyActivities<YearlyDeadlineReadingActivities>({ startToCloseTimeout: '30 seconds' });
const { openYearlyReports, recordYearlyReportSubmission } = proxyActivities<YearlyReportActivities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '5 minutes' } });
// One province's notifications per call; e-mail may be slow, and retries find done ones done.
const { sendYearlyReportReminders, escalateOverdueReports } = proxyActivities<YearlyReportActivities>({ startToCloseTimeout: '10 minutes', retry: { maximumInterval: '10 minutes' } });

/**
 * One year's report cycle (calendar.md "Yearly"), id `yearly-report-<year>`: opens a
 * department_reports row for every department that must report, then sleeps on durable timers
 * until 1 and 20 November (08:00 Vietnam time) to remind those that have not submitted, and
 * until the first working day after the due date to mark them overdue and escalate to the
 * province's programme managers and their unit heads; then it completes. Reports arrive as the
 * `submitReport` Update; a report sent after the cycle completed is recorded by the API itself.
 * It also completes as soon as every department has reported.
 */
export async function yearlyReportCycleWorkflow(input: YearlyReportCycleInput = {}): Promise<YearlyReportCycleResult> {
  const cycle = new YearlyReportCycle(input.year ?? yearOf(vietnamDateAt(Date.now())));

  // Handlers first: a report arriving while the departments load waits for them.
  setHandler(cycleStateQuery, () => cycle.snapshot());
  setHandler(
    submitReportUpdate,
    async (request) => {
      await condition(() => cycle.ready);
      cycle.validateSubmission(request);
      // Set before the first await, so a second report for the same department is refused.
      cycle.statusOf.set(request.departmentCode, 'submitted');
      try {
        return await recordYearlyReportSubmission({
          year: cycle.year,
          departmentCode: request.departmentCode,
          content: request.content,
          submittedBy: { userId: request.actor.userId, username: request.actor.username },
          submittedAt: new Date(Date.now()).toISOString(),
        });
      } catch (error) {
        // Refuse the Update with the activity's own reason (the API maps its type).
        if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) throw error.cause;
        throw error;
      }
    },
    { validator: (request) => cycle.validateSubmission(request) },
  );

  const { year } = cycle;
  const calendar = new WorkingCalendar(await calendarDays({ years: [year, year + 1] }));
  // Cycles started before the reading was configurable moved a 30/11 day off to the next working day.
  const dates = patched(DEADLINE_READING_PATCH) ? yearlyReportDates(year, calendar, input.deadlineReading ?? (await yearlyDeadlineReading())) : yearlyReportDates(year, calendar);
  cycle.load(dates.dueDate, dates.steps.at(-1)?.date ?? null, await openYearlyReports({ year, dueDate: dates.dueDate, inForceOn: `${year}-11-30` }));

  for (const step of stepsFrom(dates.steps, Date.now())) {
    const waitMs = step.at - Date.now();
    if (waitMs > 0 && (await condition(() => cycle.allSubmitted(), waitMs))) break;
    if (cycle.allSubmitted()) break;
    // A cycle started late sends its latest missed step now, dated now.
    const scheduledFor = new Date(waitMs > 0 ? step.at : Date.now()).toISOString();
    const batches = cycle.pendingByProvince();
    if (step.kind === 'escalation') cycle.markPendingOverdue();
    const send = step.kind === 'reminder' ? sendYearlyReportReminders : escalateOverdueReports;
    await Promise.all(batches.map(({ provinceCode, departmentCodes }) => send({ year, step: step.key, dueDate: dates.dueDate, scheduledFor, provinceCode, departmentCodes })));
    cycle.stepsDone.push(step.key);
  }

  await condition(allHandlersFinished);
  return { year, dueDate: dates.dueDate, counts: cycle.counts(), stepsDone: [...cycle.stepsDone] };
}

/** The cycle's state and rules, kept apart from the Temporal plumbing above. */
class YearlyReportCycle {
  /** Department code → status; filled once the rows are open. */
  readonly statusOf = new Map<string, DepartmentReportStatus>();
  private readonly provinceOf = new Map<string, string>();
  readonly stepsDone: CycleStepKey[] = [];
  ready = false;
  private dueDate: string | null = null;
  private escalationDate: string | null = null;

  constructor(readonly year: number) {}

  load(dueDate: string, escalationDate: string | null, departments: ReportingDepartment[]): void {
    for (const department of departments) {
      this.statusOf.set(department.departmentCode, department.status);
      this.provinceOf.set(department.departmentCode, department.provinceCode);
    }
    this.dueDate = dueDate;
    this.escalationDate = escalationDate;
    this.ready = true;
  }

  /** Runs as the Update's validator (before the rows are loaded it can only check who asks) and again in its handler. */
  validateSubmission({ actor, departmentCode }: SubmitReportRequest): void {
    if (actor.departmentCode !== departmentCode) {
      reject(SubmissionRejection.notOwnDepartment, 'Bạn chỉ được nộp báo cáo của đơn vị mình.', "You may only submit your own department's report.");
    }
    if (!this.ready) return;
    const status = this.statusOf.get(departmentCode);
    if (status === undefined) {
      reject(SubmissionRejection.notReporting, `Đơn vị ${departmentCode} không thuộc diện báo cáo năm ${this.year}.`, `${departmentCode} does not report for ${this.year}.`);
    }
    if (status === 'submitted') {
      reject(SubmissionRejection.alreadySubmitted, `Đơn vị đã nộp báo cáo năm ${this.year}.`, `The department has already submitted its ${this.year} report.`);
    }
  }

  allSubmitted(): boolean {
    return this.ready && [...this.statusOf.values()].every((status) => status === 'submitted');
  }

  /** Departments that have not reported, one batch per province (one activity each). */
  pendingByProvince(): { provinceCode: string; departmentCodes: string[] }[] {
    const batches = new Map<string, string[]>();
    for (const [departmentCode, status] of this.statusOf) {
      if (status === 'submitted') continue;
      const provinceCode = this.provinceOf.get(departmentCode) as string;
      batches.set(provinceCode, [...(batches.get(provinceCode) ?? []), departmentCode]);
    }
    return [...batches.entries()].map(([provinceCode, departmentCodes]) => ({ provinceCode, departmentCodes }));
  }

  markPendingOverdue(): void {
    for (const [departmentCode, status] of this.statusOf) if (status === 'requested') this.statusOf.set(departmentCode, 'overdue');
  }

  counts(): Record<DepartmentReportStatus, number> {
    const counts: Record<DepartmentReportStatus, number> = { requested: 0, submitted: 0, overdue: 0 };
    for (const status of this.statusOf.values()) counts[status] += 1;
    return counts;
  }

  snapshot(): YearlyReportCycleState {
    return { year: this.year, dueDate: this.dueDate, escalationDate: this.escalationDate, stepsDone: [...this.stepsDone], counts: this.counts() };
  }
}

function reject(type: string, vi: string, en: string): never {
  throw ApplicationFailure.create({ type, message: en, details: [{ vi, en }], nonRetryable: true });
}
