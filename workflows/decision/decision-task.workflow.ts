import { CancellationScope, condition, getExternalWorkflowHandle, isCancellation, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { CalendarActivities } from '../../activities/calendar/calendar.activities';
import type { TaskActivities, TaskEvent } from '../../activities/tasks/task.activities';
import { daysBetween, yearOf } from '../../libs/domain/src/calendar/plain-date';
import { WorkingCalendar } from '../../libs/domain/src/calendar/working-calendar';
import { contractTermsProblem, MAX_CONTRACT_MONTHS } from '../../libs/domain/src/implementation/contract-terms';
import { capExceededProblem } from '../../libs/domain/src/policies/cap-exceeded';
import { reminderSchedule, ScheduledReminder } from '../../libs/domain/src/deadlines/reminder-schedule';
import { endOfVietnamDay, vietnamDateAt, vietnamInstant } from '../../libs/domain/src/deadlines/vietnam-time';
import { reject } from '../common/reject';
import { isAssignee, isProvinceManager } from './may-act';
import {
  Actor,
  claimUpdate,
  decideUpdate,
  DecisionRejection,
  DecisionResult,
  DecisionTaskInput,
  extendUpdate,
  reassignUpdate,
  RequiredDatum,
  TaskState,
  taskDueDateSignal,
  taskStateQuery,
} from './messages';

const { calendarDays } = proxyActivities<CalendarActivities>({ startToCloseTimeout: '30 seconds' });
const { projectTask, sendTaskReminder, notifyTaskAssigned } = proxyActivities<TaskActivities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '5 minutes' } });

/** Patches of running tasks: assignees are told when a task opens and when it is reassigned to them. */
const NOTIFY_OPENED_PATCH = 'notify-task-opened';
const NOTIFY_REASSIGNED_PATCH = 'notify-task-reassigned';

/** Reminders go out at 08:00 Vietnam time, the start of the office day. */
const REMINDER_HOUR = 8;

/**
 * One human decision on one step (both processes use it): computes the due date in Vietnamese
 * working days, opens the task, then waits for a decision (an Update, validated synchronously)
 * while durable timers send reminders before the due date and escalations after it. A manager
 * may extend the deadline or reassign the task; the parent may cancel it.
 */
export async function decisionTaskWorkflow(input: DecisionTaskInput): Promise<DecisionResult> {
  const task = new DecisionTask(input, vietnamDateAt(Date.now()));

  // Handlers first, so no message arriving while the calendar loads is lost.
  setHandler(taskStateQuery, () => task.snapshot());
  setHandler(decideUpdate, async (request) => {
    await condition(() => task.ready);
    task.decide(request);
    await condition(() => task.closed);
    return task.result as DecisionResult;
  }, { validator: (request) => task.validateDecision(request) });
  setHandler(claimUpdate, async ({ actor }) => {
    await condition(() => task.ready);
    task.claimedBy = actor.userId;
    await task.record({ action: 'task.claimed', actor });
    return task.snapshot();
  }, { validator: ({ actor }) => task.validateClaim(actor) });
  setHandler(extendUpdate, async (request) => {
    await condition(() => task.ready);
    task.extend(request.amount, request.unit, request.reason, request.actor.username);
    await task.ensureCalendarCovers(task.dueDate);
    await task.record({ action: 'task.extended', actor: request.actor, comment: request.reason });
    await task.tellParentTheDueDate();
    return task.snapshot();
  }, { validator: (request) => task.validateExtension(request.actor, request.amount, request.unit, request.reason) });
  setHandler(reassignUpdate, async (request) => {
    await condition(() => task.ready);
    task.assignee = request.to;
    task.claimedBy = null;
    task.scheduleChanged = true;
    const assignment = (task.reassignments += 1);
    await task.record({ action: 'task.reassigned', actor: request.actor, comment: request.reason });
    if (patched(NOTIFY_REASSIGNED_PATCH)) await task.tellAssignee(assignment);
    return task.snapshot();
  }, { validator: (request) => task.validateManager(request.actor) });

  try {
    task.open(new WorkingCalendar(await calendarDays({ years: yearsFrom(task.startedOn, 2) })));
    await task.record({ action: 'task.opened' });
    await task.tellParentTheDueDate();
    // A task reassigned before its opening notice went out is announced by the reassignment alone.
    if (patched(NOTIFY_OPENED_PATCH) && task.reassignments === 0) await task.tellAssignee(0);
    await task.remindUntilDecided();
    await task.record({ action: 'task.decided', actor: task.decider, comment: task.result?.comment ?? undefined });
    task.closed = true;
    return task.result as DecisionResult;
  } catch (error) {
    if (isCancellation(error)) {
      task.status = 'cancelled';
      await CancellationScope.nonCancellable(() => task.record({ action: 'task.cancelled' }));
    }
    throw error;
  }
}

/** The task's state and rules, kept apart from the Temporal plumbing above. */
class DecisionTask {
  status: TaskState['status'] = 'open';
  assignee: DecisionTaskInput['assignee'];
  claimedBy: string | null = null;
  dueDate: string | null = null;
  remindersSent: string[] = [];
  extensions: TaskState['extensions'] = [];
  result?: DecisionResult;
  decider?: Actor;
  closed = false;
  scheduleChanged = false;
  /** How many times a manager reassigned the task: each new assignee is told once. */
  reassignments = 0;
  /** Set once the calendar is loaded and the due date known; updates wait for it. */
  ready = false;
  private calendar = new WorkingCalendar();
  /** Reminders dated before this day are not sent late after a change of schedule. */
  private notBefore: string;
  private seq = 0;

  constructor(
    private readonly input: DecisionTaskInput,
    readonly startedOn: string,
  ) {
    this.assignee = input.assignee;
    this.notBefore = startedOn;
  }

  /** The clock starts: counting begins the day after the step opened (Civil Code Art. 147). */
  open(calendar: WorkingCalendar): void {
    this.calendar = calendar;
    const limit = this.input.timeLimit;
    if (limit) {
      const remaining = limit.unit === 'working' ? Math.max(0, limit.amount - (this.input.usedWorkingDays ?? 0)) : limit.amount;
      this.dueDate = calendar.dueDate(this.startedOn, remaining, limit.unit).dueDate;
    }
    this.ready = true;
  }

  snapshot(): TaskState {
    return {
      taskId: this.input.taskId,
      status: this.status,
      assignee: this.assignee,
      claimedBy: this.claimedBy,
      dueDate: this.dueDate,
      dueAt: this.dueDate ? new Date(endOfVietnamDay(this.dueDate)).toISOString() : null,
      remindersSent: [...this.remindersSent],
      extensions: [...this.extensions],
    };
  }

  validateDecision({ actor, outcome, comment, data }: { actor: Actor; outcome: string; comment?: string; data?: Record<string, unknown> }): void {
    if (this.status !== 'open') reject(DecisionRejection.alreadyDecided, 'Bước này đã được quyết định.', 'This step has already been decided.');
    if (!isAssignee(actor, this.assignee)) reject(DecisionRejection.notAssignee, 'Bạn không phải người được giao xử lý bước này.', 'You are not assigned to this step.');
    if (this.claimedBy && this.claimedBy !== actor.userId) reject(DecisionRejection.alreadyDecided, 'Người khác đã nhận xử lý bước này.', 'Someone else has claimed this step.');
    const option = this.input.outcomes.find((candidate) => candidate.code === outcome);
    if (!option) {
      const allowed = this.input.outcomes.map((candidate) => candidate.code).join(', ');
      reject(DecisionRejection.outcomeNotAllowed, `Kết quả "${outcome}" không được phép; chọn một trong: ${allowed}.`, `Outcome "${outcome}" is not allowed; choose one of: ${allowed}.`);
    }
    if (option.requiresComment && !comment?.trim()) reject(DecisionRejection.commentRequired, 'Kết quả này cần nêu lý do.', 'This outcome needs a reason.');
    for (const required of (this.input.requiredData ?? []).filter((datum) => datum.outcome === outcome)) {
      const problem = requiredDatumProblem(required, data ?? {});
      if (problem) reject(DecisionRejection.invalidRequest, problem.vi, problem.en);
    }
  }

  validateClaim(actor: Actor): void {
    if (this.status !== 'open') reject(DecisionRejection.alreadyDecided, 'Bước này đã được quyết định.', 'This step has already been decided.');
    if (!isAssignee(actor, this.assignee)) reject(DecisionRejection.notAssignee, 'Bạn không phải người được giao xử lý bước này.', 'You are not assigned to this step.');
    if (this.claimedBy && this.claimedBy !== actor.userId) reject(DecisionRejection.alreadyDecided, 'Người khác đã nhận xử lý bước này.', 'Someone else has claimed this step.');
  }

  validateManager(actor: Actor): void {
    if (this.status !== 'open') reject(DecisionRejection.alreadyDecided, 'Bước này đã được quyết định.', 'This step has already been decided.');
    if (!isProvinceManager(actor, this.input.subject.provinceCode)) reject(DecisionRejection.notManager, 'Chỉ cán bộ quản lý chương trình của tỉnh được thực hiện.', "Only the province's programme manager may do this.");
  }

  validateExtension(actor: Actor, amount: number, unit: 'working' | 'calendar', reason: string): void {
    this.validateManager(actor);
    if (!this.dueDate) reject(DecisionRejection.invalidRequest, 'Bước này không có thời hạn để gia hạn.', 'This step has no deadline to extend.');
    const rules = this.input.extensionRules;
    if (rules) {
      if (this.extensions.length >= rules.maxExtensions) reject(DecisionRejection.invalidRequest, `Chỉ được gia hạn ${rules.maxExtensions} lần.`, `Only ${rules.maxExtensions} extension(s) allowed.`);
      const newDue = this.calendar.dueDate(this.dueDate, amount, unit).dueDate;
      if (this.calendar.addCalendarDays(this.dueDate, rules.maxCalendarDays) < newDue) {
        reject(DecisionRejection.invalidRequest, `Gia hạn tối đa ${rules.maxCalendarDays} ngày.`, `An extension may not exceed ${rules.maxCalendarDays} days.`);
      }
      if (daysBetween(vietnamDateAt(Date.now()), this.dueDate) < rules.requestAtLeastDaysBefore) {
        reject(DecisionRejection.invalidRequest, `Phải đề nghị gia hạn trước hạn ít nhất ${rules.requestAtLeastDaysBefore} ngày.`, `Extensions must be requested at least ${rules.requestAtLeastDaysBefore} days before the due date.`);
      }
    }
    if (!Number.isInteger(amount) || amount < 1 || amount > 365) reject(DecisionRejection.invalidRequest, 'Số ngày gia hạn phải là số nguyên từ 1 đến 365.', 'The extension must be a whole number of days from 1 to 365.');
    if (!reason?.trim()) reject(DecisionRejection.invalidRequest, 'Gia hạn phải nêu lý do.', 'An extension needs a reason.');
  }

  decide({ actor, outcome, comment, data }: { actor: Actor; outcome: string; comment?: string; data?: Record<string, unknown> }): void {
    const decidedAt = Date.now();
    const decidedOn = vietnamDateAt(decidedAt);
    this.status = 'decided';
    this.decider = actor;
    this.result = {
      taskId: this.input.taskId,
      outcome,
      comment: comment?.trim() || null,
      data: data ?? {},
      decidedBy: { userId: actor.userId, username: actor.username },
      decidedAt: new Date(decidedAt).toISOString(),
      dueDate: this.dueDate,
      usedWorkingDays: (this.input.usedWorkingDays ?? 0) + Math.max(0, this.calendar.workingDaysBetween(this.startedOn, decidedOn)),
    };
  }

  extend(amount: number, unit: 'working' | 'calendar', reason: string, by: string): void {
    this.dueDate = this.calendar.dueDate(this.dueDate as string, amount, unit).dueDate;
    this.extensions.push({ amount, unit, reason, by, newDueDate: this.dueDate });
    this.notBefore = vietnamDateAt(Date.now());
    this.scheduleChanged = true;
  }

  async ensureCalendarCovers(date: string | null): Promise<void> {
    if (!date) return;
    const lastKnownYear = Math.max(...this.calendar.days().map((day) => yearOf(day.date)), yearOf(this.startedOn));
    if (yearOf(date) + 1 > lastKnownYear) this.calendar = new WorkingCalendar(await calendarDays({ years: yearsFrom(this.startedOn, yearOf(date) + 1 - yearOf(this.startedOn)) }));
  }

  /**
   * A case shows its open step's due date: the parent hears of it at opening and after each
   * extension. Added to running code, hence the patch marker.
   */
  async tellParentTheDueDate(): Promise<void> {
    const parent = workflowInfo().parent;
    if (!parent || !patched('report-due-date-to-parent')) return;
    try {
      await getExternalWorkflowHandle(parent.workflowId).signal(taskDueDateSignal, { taskId: this.input.taskId, dueDate: this.dueDate });
    } catch {
      // The parent has moved on (it cancels the task when it closes): nothing to show any more.
    }
  }

  /** Everyone who may act on the task hears it reached their inbox (assignment 0: the opening). */
  async tellAssignee(assignment: number): Promise<void> {
    const { taskId, subject, step } = this.input;
    const { dueAt } = this.snapshot();
    try {
      await notifyTaskAssigned({ taskId, subject, step, assignee: this.assignee, dueAt, assignment, scheduledFor: new Date(Date.now()).toISOString() });
    } catch (error) {
      // A notice that can never be sent (the activity gave up) must not stop the decision itself.
      if (isCancellation(error)) throw error;
    }
  }

  /** Sleeps on a durable timer until the next reminder is due, or until a decision or a change of schedule. */
  async remindUntilDecided(): Promise<void> {
    while (this.status === 'open') {
      if (this.lapsesNow()) {
        this.decide({ actor: SYSTEM_ACTOR, outcome: this.input.lapseOutcome as string, comment: 'Quá hạn · deadline passed' });
        break;
      }
      const next = this.nextReminder();
      const decidedOrChanged = () => this.status !== 'open' || this.scheduleChanged;
      const lapseAt = this.lapseInstant();
      if (lapseAt !== undefined && (!next || lapseAt <= vietnamInstant(next.date, REMINDER_HOUR))) {
        await condition(decidedOrChanged, Math.max(1, lapseAt - Date.now()));
      } else if (!next) {
        await condition(decidedOrChanged);
      } else {
        const waitMs = vietnamInstant(next.date, REMINDER_HOUR) - Date.now();
        if (waitMs > 0 && (await condition(decidedOrChanged, waitMs))) {
          this.scheduleChanged = false;
          continue;
        }
        if (this.status !== 'open') break;
        await sendTaskReminder({ ...this.reminderContext(), reminder: next, scheduledFor: new Date(vietnamInstant(next.date, REMINDER_HOUR)).toISOString() });
        this.remindersSent.push(next.key);
        await this.record({ action: `task.${next.kind}`, comment: next.date });
      }
      this.scheduleChanged = false;
    }
  }

  /** A lapsing step ends at 24:00 Vietnam time of its due date (Civil Code Art. 148). */
  private lapseInstant(): number | undefined {
    return this.input.lapseOutcome && this.dueDate ? endOfVietnamDay(this.dueDate) : undefined;
  }

  private lapsesNow(): boolean {
    const lapseAt = this.lapseInstant();
    return lapseAt !== undefined && Date.now() >= lapseAt;
  }

  private nextReminder(): ScheduledReminder | undefined {
    if (!this.dueDate) return undefined;
    const sentOverdue = this.remindersSent.filter((key) => key.startsWith(`${this.dueDate}:overdue-`)).length;
    return reminderSchedule(this.calendar, this.dueDate, this.input.reminders, sentOverdue + 5).find(
      (reminder) => reminder.date >= this.notBefore && !this.remindersSent.includes(reminder.key),
    );
  }

  private reminderContext() {
    const { taskId, subject, step, escalation } = this.input;
    return { taskId, subject, step, assignee: this.assignee, escalation, dueDate: this.dueDate as string };
  }

  async record(event: TaskEvent): Promise<void> {
    this.seq += 1;
    await projectTask({
      ...this.snapshot(),
      workflowId: workflowInfo().workflowId,
      subject: this.input.subject,
      step: this.input.step,
      outcomes: this.input.outcomes,
      timeLimit: this.input.timeLimit,
      startedOn: this.startedOn,
      outcome: this.result?.outcome ?? null,
      comment: this.result?.comment ?? null,
      decidedBy: this.result?.decidedBy ?? null,
      decidedAt: this.result?.decidedAt ?? null,
      usedWorkingDays: this.result?.usedWorkingDays ?? this.input.usedWorkingDays ?? 0,
      seq: this.seq,
      event,
    });
  }
}

/** The system itself, for decisions the rules take (a lapsed deadline). */
const SYSTEM_ACTOR: Actor = { userId: '00000000-0000-0000-0000-000000000000', username: 'system', roles: ['system'], provinceCode: null, councilIds: [] };

function requiredDatumProblem(required: RequiredDatum, data: Record<string, unknown>): { vi: string; en: string } | undefined {
  const { field, kind, max, cap } = required;
  if (kind === 'contract-terms') return contractTermsProblem(data, { approvedAmountVnd: max ?? null, maxDurationMonths: MAX_CONTRACT_MONTHS });
  const value = data[field];
  if (kind === 'date') {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
      ? undefined
      : { vi: `Cần ${field} là một ngày (YYYY-MM-DD).`, en: `${field} must be a date (YYYY-MM-DD).` };
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < (kind === 'months' ? 1 : 0)) {
    return { vi: `Cần ${field} là một số nguyên${kind === 'vnd' ? ' (đồng)' : ' (tháng)'}.`, en: `${field} must be a whole number${kind === 'vnd' ? ' of VND' : ' of months'}.` };
  }
  // The legal cap first: it is the bound the appraiser must be told the basis of.
  if (kind === 'vnd' && cap) {
    const exceeded = capExceededProblem(field, value, cap);
    if (exceeded) return exceeded;
  }
  if (max !== undefined && value > max) return { vi: `${field} không được vượt quá ${max}.`, en: `${field} must not exceed ${max}.` };
  return undefined;
}

function yearsFrom(date: string, extraYears: number): number[] {
  const first = yearOf(date);
  return Array.from({ length: extraYears + 1 }, (_, index) => first + index);
}


