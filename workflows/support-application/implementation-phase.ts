import { CancellationScope, condition, isCancellation, proxyActivities, sleep, startChild, uuid4 } from '@temporalio/workflow';
import type { ApplicationCaseActivities } from '../../activities/applications/application-case.activities';
import type { CalendarActivities } from '../../activities/calendar/calendar.activities';
import { addDays, daysBetween, yearOf } from '../../libs/domain/src/calendar/plain-date';
import { WorkingCalendar } from '../../libs/domain/src/calendar/working-calendar';
import { vietnamDateAt, vietnamInstant } from '../../libs/domain/src/deadlines/vietnam-time';
import type { LocalizedText } from '../../libs/domain/src/errors/domain-error';
import type { ContractTerms } from '../../libs/domain/src/implementation/contract-terms';
import { yearlyInspectionDates } from '../../libs/domain/src/implementation/yearly-inspections';
import type { ProcedureDefinition, ProcedureStep } from '../../libs/domain/src/procedures/procedure-definition';
import { reject } from '../common/reject';
import { decisionTaskWorkflow } from '../decision/decision-task.workflow';
import type { DecisionResult, DecisionTaskInput } from '../decision/messages';
import { CaseRejection, ImplementationMilestone, ImplementationSnapshot, Inspection, ProgressReport, StepRecord, SupportApplicationInput } from './messages';

const { stepAssignee, inspectionNotice, noticeToEnterprise } = proxyActivities<ApplicationCaseActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });
const { calendarDays } = proxyActivities<CalendarActivities>({ startToCloseTimeout: '30 seconds' });

/** Notices and inspections happen at 08:00 Vietnam time, the start of the office day. */
const OFFICE_HOUR = 8;
const INSPECTION_STEP = { code: 'inspection', name: { vi: 'Kiểm tra định kỳ', en: 'Periodic inspection' } };
const INSPECTION_OUTCOMES: DecisionTaskInput['outcomes'] = [
  { code: 'satisfactory', label: { vi: 'Đạt yêu cầu', en: 'Satisfactory' } },
  { code: 'adjustment-required', label: { vi: 'Yêu cầu điều chỉnh', en: 'Adjustment required' }, requiresComment: true },
];
const MILESTONE_OUTCOMES: DecisionTaskInput['outcomes'] = [{ code: 'done', label: { vi: 'Đã hoàn thành', en: 'Done' } }];
const SYSTEM = { id: 'system', name: 'supportApplicationWorkflow', role: 'system' };

/** What the phase needs from its case: who it is, how to record, where decisions are remembered. */
export interface ImplementationCase {
  readonly input: SupportApplicationInput;
  readonly procedure: ProcedureDefinition;
  /** The implementation step: its actor (Sở KH&CN's programme management) inspects. */
  readonly step: ProcedureStep;
  title(): string;
  record(action: string, actor: { id: string; name: string; role: string }, comment: string | null): Promise<void>;
  remember(record: StepRecord): void;
}

/**
 * The implementation phase of a case under contract (process.md §A step 8), run beside the
 * step's own decision (completed or terminated, due when the contract ends): one clock per
 * contract milestone on the enterprise, with the building block's reminders and escalation,
 * closed by a progress report; and the yearly inspection — notice to the enterprise at least
 * the configured working days before, then a findings task for Sở KH&CN.
 */
export class ImplementationPhase {
  readonly data: ImplementationSnapshot;

  constructor(terms: ContractTerms, everyMonths: number) {
    this.data = {
      endDate: terms.endDate,
      tranches: terms.tranches.map((tranche) => ({ ...tranche })),
      milestones: terms.milestones.map((milestone) => ({ id: uuid4(), title: milestone.title, dueDate: milestone.dueDate, status: 'open', taskId: null, doneAt: null })),
      progress: [],
      inspections: yearlyInspectionDates(terms.effectiveDate, terms.durationMonths, everyMonths).map((date) => ({
        date,
        noticeSentAt: null,
        taskId: null,
        outcome: null,
        findings: null,
        decidedBy: null,
        decidedAt: null,
      })),
    };
  }

  snapshot(): ImplementationSnapshot {
    return {
      ...this.data,
      tranches: this.data.tranches.map((tranche) => ({ ...tranche })),
      milestones: this.data.milestones.map((milestone) => ({ ...milestone })),
      progress: this.data.progress.map((entry) => ({ ...entry, documentIds: [...entry.documentIds] })),
      inspections: this.data.inspections.map((inspection) => ({ ...inspection })),
    };
  }

  validateProgress(report: ProgressReport): void {
    if (typeof report.note !== 'string' || !report.note.trim() || report.note.length > 2000) {
      reject(CaseRejection.incomplete, 'Cần nội dung báo cáo tiến độ (tối đa 2000 ký tự).', 'A progress report needs a note (at most 2000 characters).');
    }
    if (report.done && !report.milestoneId) reject(CaseRejection.incomplete, 'Cần nêu mốc đã hoàn thành.', 'Say which milestone is done.');
    if (report.milestoneId === undefined) return;
    const milestone = this.data.milestones.find((candidate) => candidate.id === report.milestoneId);
    if (!milestone) reject(CaseRejection.incomplete, `Hợp đồng không có mốc ${report.milestoneId}.`, `The contract has no milestone ${report.milestoneId}.`);
    if (milestone.status !== 'open') reject(CaseRejection.invalidState, `Mốc "${milestone.title}" đã hoàn thành.`, `Milestone "${milestone.title}" is already done.`);
  }

  /** Records the report; a finished milestone's clock is stopped by its tracker. Returns the milestone named, if any. */
  report(report: ProgressReport, now: string): ImplementationMilestone | undefined {
    const milestone = this.data.milestones.find((candidate) => candidate.id === report.milestoneId);
    this.data.progress.push({ at: now, by: report.actor.username, milestoneId: milestone?.id ?? null, note: report.note.trim(), done: report.done === true, documentIds: [...(report.documentIds ?? [])] });
    if (milestone && report.done) this.finish(milestone, now);
    return milestone;
  }

  /** Runs until every milestone is done and every inspection held; the case cancels it when the step is decided. */
  async track(kase: ImplementationCase): Promise<void> {
    const { assignee, escalation } = await stepAssignee({ actor: { kind: 'enterprise' }, provinceCode: kase.input.provinceCode, enterpriseId: kase.input.enterpriseId, sponsoringDepartmentCode: null });
    const clock = (milestone: ImplementationMilestone): DecisionTaskInput => ({
      taskId: uuid4(),
      subject: subjectOf(kase),
      step: { code: 'implementation.milestone', name: { vi: `Mốc: ${milestone.title}`, en: `Milestone: ${milestone.title}` } },
      assignee,
      outcomes: MILESTONE_OUTCOMES,
      timeLimit: { amount: Math.max(0, daysBetween(vietnamDateAt(Date.now()), milestone.dueDate)), unit: 'calendar' },
      reminders: kase.procedure.reminders,
      escalation,
    });
    const clocks: Promise<void>[] = [];
    for (const milestone of this.data.milestones) clocks.push((await this.openClock(kase, milestone, clock(milestone))).stopped);
    await settled(() => kase.record('implementation.started', SYSTEM, null));
    await Promise.all([...clocks, this.inspect(kase)]);
  }

  private finish(milestone: ImplementationMilestone, at: string): void {
    milestone.status = 'done';
    milestone.doneAt = at;
  }

  /**
   * Starts a milestone's clock; `stopped` settles once the enterprise reports the milestone done
   * (here, or by deciding the clock task in its inbox) and the clock is cancelled.
   */
  private async openClock(kase: ImplementationCase, milestone: ImplementationMilestone, input: DecisionTaskInput): Promise<{ stopped: Promise<void> }> {
    if (milestone.status !== 'open') return { stopped: Promise.resolve() };
    const scope = new CancellationScope();
    const child = await scope.run(() => startChild(decisionTaskWorkflow, { workflowId: `task-${input.taskId}`, args: [input] }));
    milestone.taskId = input.taskId;
    let byInbox: DecisionResult | undefined;
    const decided = scope.run(() => child.result());
    decided.then(
      (result) => (byInbox = result),
      () => undefined,
    );
    const stopped = (async () => {
      await condition(() => milestone.status !== 'open' || byInbox !== undefined);
      if (byInbox && milestone.status === 'open') {
        const { decidedAt, decidedBy, comment } = byInbox;
        this.finish(milestone, decidedAt);
        await settled(() => kase.record('implementation.milestone-done', { id: decidedBy.userId, name: decidedBy.username, role: 'user' }, `${milestone.title}${comment ? `: ${comment}` : ''}`));
      }
      scope.cancel();
      await decided.catch((error: unknown) => {
        if (!isCancellation(error)) throw error;
      });
      milestone.taskId = null;
    })();
    return { stopped };
  }

  /** Each inspection in turn: the notice, then on the day a findings task for the step's actor. */
  private async inspect(kase: ImplementationCase): Promise<void> {
    if (this.data.inspections.length === 0) return;
    const rules = kase.procedure.implementationRules;
    const notice = rules?.inspectionNoticeAtLeast ?? { amount: 5, unit: 'working' as const };
    const first = yearOf(vietnamDateAt(Date.now()));
    const last = yearOf(this.data.inspections[this.data.inspections.length - 1].date);
    const calendar = new WorkingCalendar(await calendarDays({ years: Array.from({ length: last - first + 1 }, (_, index) => first + index) }));
    for (const inspection of this.data.inspections) {
      if (inspection.outcome) continue;
      const noticeDay = notice.unit === 'working' ? calendar.subtractWorkingDays(inspection.date, notice.amount) : addDays(inspection.date, -notice.amount);
      if (!inspection.noticeSentAt) {
        await sleepUntil(vietnamInstant(noticeDay, OFFICE_HOUR));
        const sentAt = new Date(Date.now()).toISOString();
        inspection.noticeSentAt = sentAt;
        await settled(async () => {
          await inspectionNotice({ applicationId: kase.input.applicationId, title: kase.title(), enterpriseId: kase.input.enterpriseId, inspectionDate: inspection.date, scheduledFor: sentAt });
          await kase.record('implementation.inspection-notified', SYSTEM, inspection.date);
        });
      }
      await sleepUntil(vietnamInstant(inspection.date, OFFICE_HOUR));
      await this.holdInspection(kase, inspection, rules?.inspectionFindingsWithin ?? { amount: 10, unit: 'working' });
    }
  }

  private async holdInspection(kase: ImplementationCase, inspection: Inspection, findingsWithin: DecisionTaskInput['timeLimit']): Promise<void> {
    const { assignee, escalation } = await stepAssignee({ actor: kase.step.actor, provinceCode: kase.input.provinceCode, enterpriseId: kase.input.enterpriseId, sponsoringDepartmentCode: null });
    const taskId = uuid4();
    const child = await startChild(decisionTaskWorkflow, {
      workflowId: `task-${taskId}`,
      args: [{ taskId, subject: subjectOf(kase), step: INSPECTION_STEP, assignee, outcomes: INSPECTION_OUTCOMES, timeLimit: findingsWithin, reminders: kase.procedure.reminders, escalation }],
    });
    inspection.taskId = taskId;
    await kase.record('implementation.inspection-opened', SYSTEM, inspection.date);
    const result = await child.result();
    Object.assign(inspection, { taskId: null, outcome: result.outcome, findings: result.comment, decidedBy: result.decidedBy.username, decidedAt: result.decidedAt });
    kase.remember({ step: INSPECTION_STEP.code, taskId, outcome: result.outcome, decidedBy: result.decidedBy.username, decidedAt: result.decidedAt, comment: result.comment });
    await settled(async () => {
      await kase.record(`implementation.inspection.${result.outcome}`, { id: result.decidedBy.userId, name: result.decidedBy.username, role: 'user' }, result.comment);
      await noticeToEnterprise({
        applicationId: kase.input.applicationId,
        title: kase.title(),
        enterpriseId: kase.input.enterpriseId,
        taskId,
        step: INSPECTION_STEP.name,
        outcome: labelOf(result.outcome),
        comment: result.comment,
        scheduledFor: result.decidedAt,
      });
    });
  }
}

/** Finishes what a step has begun (a notice and its record) even when the phase is being stopped, so none is half done. */
function settled(work: () => Promise<void>): Promise<void> {
  return CancellationScope.nonCancellable(work);
}

function labelOf(outcome: string): LocalizedText {
  return INSPECTION_OUTCOMES.find((candidate) => candidate.code === outcome)?.label ?? { vi: outcome, en: outcome };
}

function subjectOf(kase: ImplementationCase): DecisionTaskInput['subject'] {
  return { type: 'application', id: kase.input.applicationId, title: kase.title(), provinceCode: kase.input.provinceCode };
}

async function sleepUntil(instant: number): Promise<void> {
  const wait = instant - Date.now();
  if (wait > 0) await sleep(wait);
}
