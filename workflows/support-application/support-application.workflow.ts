import {
  allHandlersFinished,
  CancellationScope,
  ChildWorkflowHandle,
  condition,
  isCancellation,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  uuid4,
} from '@temporalio/workflow';
import type { ApplicationCaseActivities } from '../../activities/applications/application-case.activities';
import type { ApplicationEvent, ApplicationProjectionActivities } from '../../activities/applications/application-projection.activities';
import type { SupportCapActivities } from '../../activities/applications/support-cap.activities';
import type { SupportCap } from '../../libs/domain/src/policies/cap-in-force';
import { daysBetween } from '../../libs/domain/src/calendar/plain-date';
import { endOfVietnamDay, vietnamDateAt } from '../../libs/domain/src/deadlines/vietnam-time';
import { ContractTerms, MAX_CONTRACT_MONTHS, parseContractTerms } from '../../libs/domain/src/implementation/contract-terms';
import { isTerminalState, ProcedureDefinition, ProcedureStep } from '../../libs/domain/src/procedures/procedure-definition';
import { decidersOf, StepDeciders } from '../../libs/domain/src/procedures/step-deciders';
import { ApplicationStatus as ApplicationStatusKey, ApplicationStep, DepartmentCode, EnterpriseTaxCode, ProvinceCode, StepDueAt } from '../../libs/temporal/src/search-attributes';
import { decisionTaskWorkflow } from '../decision/decision-task.workflow';
import { Actor, DecisionResult, DecisionTaskInput, taskDueDateSignal } from '../decision/messages';
import { PARALLEL_DECIDERS_PATCH, ParallelDecision } from '../decision/parallel-decision';
import { reject } from '../common/reject';
import { isUnrecordable } from '../common/unrecordable';
import { councilOutcomeFor } from './council-outcome';
import { ImplementationPhase } from './implementation-phase';
import {
  ApplicationSnapshot,
  ApplicationStatus,
  CaseRejection,
  CouncilConclusion,
  DraftChanges,
  ProgressReport,
  councilConcludedSignal,
  currentStateQuery,
  editDraftUpdate,
  recordedUpdate,
  reportProgressUpdate,
  submitUpdate,
  SupportApplicationInput,
  withdrawUpdate,
} from './messages';
import { pilotModelWorkflow } from '../pilot-model/pilot-model.workflow';

const { projectApplication } = proxyActivities<ApplicationProjectionActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });
const { caseProcedure, stepAssignee, noticeToEnterprise } = proxyActivities<ApplicationCaseActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });
const { supportCap } = proxyActivities<SupportCapActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });

/** Withdrawal by the enterprise is possible until the contract is signed (process.md §A). */
const LAST_WITHDRAWABLE_STEP = 'contract';
const PROCEDURE_CODE = 'nscl';
/** Patches of running cases: contracts carry tranches and milestones; implementation tracks them and inspects yearly. */
const CONTRACT_TERMS_PATCH = 'contract-tranches-and-milestones';
const IMPLEMENTATION_TRACKING_PATCH = 'implementation-milestones-and-inspections';
const NOTIFY_CURRENT_TITLE_PATCH = 'notify-current-title';
/** A draft edit whose projection PostgreSQL refuses is undone and rejected instead of retried forever. */
const UNRECORDABLE_EDIT_PATCH = 'robustness-undo-unrecordable-draft-edit';
/** Budget appraisals opened from now on are bounded by the support cap in force (policy rows), not only the request. */
const BUDGET_CAP_PATCH = 'rules-budget-appraisal-cap';

/**
 * The support-application lifecycle (process.md §A): a draft until the enterprise submits it,
 * then one step of the procedure version in force at submission after another — intake (with
 * the supplement loop), endorsement, councils, budget appraisal, approval, contract,
 * implementation, acceptance, settlement — each a human decision in its own child workflow,
 * until a terminal state. Outcomes name the next step, so returns and loops follow the data.
 */
export async function supportApplicationWorkflow(input: SupportApplicationInput): Promise<ApplicationSnapshot> {
  const application = new SupportApplication(input);

  setHandler(currentStateQuery, () => application.snapshot());
  setHandler(recordedUpdate, async () => {
    await condition(() => application.recordedSeq > 0 && application.recordedSeq >= application.seq);
    return application.snapshot();
  });
  setHandler(editDraftUpdate, async (changes) => {
    let undo: (() => void) | undefined;
    if (patched(UNRECORDABLE_EDIT_PATCH)) undo = application.editDraftUndoably(changes);
    else application.editDraft(changes);
    try {
      await application.record({ action: 'application.draft-edited', actor: actorOf(changes.actor), comment: null });
    } catch (error) {
      // PostgreSQL refused the edited draft: the edit never happened, and the case goes on as it was.
      if (!undo || !isUnrecordable(error)) throw error;
      undo();
      reject(CaseRejection.unrecordable, 'Không thể lưu nội dung sửa đổi; hồ sơ được giữ nguyên.', 'The edit could not be stored; the application is unchanged.');
    }
    return application.snapshot();
  }, { validator: (changes) => application.assertEnterpriseActs(changes.actor, 'draft') });
  setHandler(submitUpdate, async ({ actor }) => {
    application.submitRequestedBy = actor;
    await condition(() => application.status !== 'draft');
    await condition(() => application.recordedSeq >= application.seq);
    return application.snapshot();
  }, { validator: ({ actor }) => application.assertCanSubmit(actor) });
  setHandler(withdrawUpdate, async (request) => {
    application.withdrawal = request;
    await condition(() => application.withdrawalRefused || (application.status === 'withdrawn' && application.recordedSeq >= application.seq));
    if (application.withdrawalRefused) {
      application.withdrawalRefused = false;
      reject(CaseRejection.invalidState, 'Hợp đồng vừa được ký: không thể rút hồ sơ.', 'The contract was signed meanwhile: the application can no longer be withdrawn.');
    }
    return application.snapshot();
  }, { validator: (request) => application.assertCanWithdraw(request) });
  setHandler(reportProgressUpdate, async (report) => {
    const milestone = application.implementation?.report(report, new Date(Date.now()).toISOString());
    const action = report.done ? 'implementation.milestone-done' : 'implementation.progress-reported';
    await application.record({ action, actor: actorOf(report.actor), comment: milestone ? `${milestone.title}: ${report.note.trim()}` : report.note.trim() });
    return application.snapshot();
  }, { validator: (report) => application.assertCanReportProgress(report) });
  setHandler(taskDueDateSignal, ({ taskId, dueDate }) => application.dueDateOf(taskId, dueDate));
  setHandler(councilConcludedSignal, (conclusion) => {
    application.conclusions.push(conclusion);
  });

  await application.record({ action: 'application.created', actor: input.createdBy ? actorOf(input.createdBy) : SYSTEM, comment: null });
  await condition(() => application.submitRequestedBy !== undefined || application.withdrawal !== undefined);
  if (application.withdrawal) return application.close('withdrawn', { action: 'application.discarded', actor: actorOf(application.withdrawal.actor), comment: application.withdrawal.reason });

  const procedure = await caseProcedure({ code: PROCEDURE_CODE, onDate: vietnamDateAt(Date.now()) });
  application.start(procedure);
  await application.record({ action: 'application.submitted', actor: actorOf(application.submitRequestedBy), comment: null });

  let stepCode = 'intake';
  while (!isTerminalState(stepCode)) {
    const step = procedure.steps.find((candidate) => candidate.code === stepCode);
    if (!step) throw new Error(`Procedure ${procedure.code}/${procedure.version} has no step "${stepCode}"`);
    const decision = await application.runStep(step);
    if (decision === 'withdrawn') {
      const withdrawal = application.withdrawalRequest();
      return application.close('withdrawn', { action: 'application.withdrawn', actor: actorOf(withdrawal?.actor), comment: withdrawal?.reason ?? null });
    }
    const outcome = step.outcomes.find((candidate) => candidate.code === decision.outcome);
    if (!outcome) throw new Error(`Step "${step.code}" has no outcome "${decision.outcome}"`);
    application.decided(step, decision, outcome.pausesClock === true);
    await noticeToEnterprise({
      applicationId: input.applicationId,
      // The title the enterprise last gave the case, not the one it was created with.
      title: patched(NOTIFY_CURRENT_TITLE_PATCH) ? application.title() : input.title,
      enterpriseId: input.enterpriseId,
      taskId: decision.taskId,
      step: step.name,
      outcome: outcome.label,
      comment: decision.comment,
      scheduledFor: decision.decidedAt,
    });
    // A withdrawal that raced the signing of the contract comes too late.
    if (step.code === LAST_WITHDRAWABLE_STEP && application.withdrawalRequest()) application.refuseWithdrawal();
    await application.record({ action: `step.${step.code}.${decision.outcome}`, actor: { id: decision.decidedBy.userId, name: decision.decidedBy.username, role: 'user' }, comment: decision.comment });
    stepCode = outcome.next;
  }
  return application.close(stepCode as ApplicationStatus, { action: `application.${stepCode}`, actor: SYSTEM, comment: null });
}

const SYSTEM = { id: 'system', name: 'supportApplicationWorkflow', role: 'system' };

function actorOf(actor: Actor | undefined): ApplicationEvent['actor'] {
  return actor ? { id: actor.userId, name: actor.username, role: actor.roles[0] ?? 'user' } : SYSTEM;
}

/** The case's state and rules; the function above reads as the process. */
class SupportApplication {
  status: ApplicationStatus = 'draft';
  step: string | null = 'draft';
  seq = 0;
  recordedSeq = 0;
  procedure: ProcedureDefinition | null = null;
  submitRequestedBy?: Actor;
  withdrawal?: { actor?: Actor; reason: string };
  conclusions: CouncilConclusion[] = [];
  history: ApplicationSnapshot['history'] = [];
  approvedAmountVnd: number | null = null;
  refundOrdered = false;
  implementation: ImplementationPhase | null = null;
  private contract: ContractTerms | null = null;
  private openTask: { taskId: string; outcomes: string[]; dueDate: string | null; department: string | null } | null = null;
  /** Working days a step had used when its clock stopped (the supplement loop), by step. */
  private pausedClock = new Map<string, number>();
  private departments = new Set<string>();
  private draft: Pick<SupportApplicationInput, 'title' | 'supportKind' | 'requestedAmountVnd' | 'sponsoringDepartmentCode'>;

  constructor(private readonly input: SupportApplicationInput) {
    this.draft = { title: input.title, supportKind: input.supportKind, requestedAmountVnd: input.requestedAmountVnd, sponsoringDepartmentCode: input.sponsoringDepartmentCode };
  }

  withdrawalRefused = false;

  /** The case's current title (the draft may have been edited after creation). */
  title(): string {
    return this.draft.title;
  }

  refuseWithdrawal(): void {
    this.withdrawal = undefined;
    this.withdrawalRefused = true;
  }

  /** The open task reports its due date (and any extension of it). */
  dueDateOf(taskId: string, dueDate: string | null): void {
    if (this.openTask?.taskId !== taskId) return;
    this.openTask.dueDate = dueDate;
    this.searchAttributes();
  }

  /** Set by the withdraw update at any time; read through a method so the compiler does not assume it unchanged. */
  withdrawalRequest(): { actor?: Actor; reason: string } | undefined {
    return this.withdrawal;
  }

  snapshot(): ApplicationSnapshot {
    return {
      applicationId: this.input.applicationId,
      status: this.status,
      step: this.step,
      taskId: this.openTask?.taskId ?? null,
      dueDate: this.openTask?.dueDate ?? null,
      procedure: this.procedure ? { code: this.procedure.code, version: this.procedure.version } : null,
      allowedOutcomes: this.openTask?.outcomes ?? (this.status === 'draft' ? ['submit', 'discard'] : []),
      approvedAmountVnd: this.approvedAmountVnd,
      refundOrdered: this.refundOrdered,
      history: [...this.history],
      implementation: this.implementation?.snapshot() ?? null,
      seq: this.seq,
    };
  }

  assertEnterpriseActs(actor: Actor, status?: ApplicationStatus): void {
    if (!this.input.enterpriseId || actor.enterpriseId !== this.input.enterpriseId) {
      reject(CaseRejection.notOwner, 'Chỉ doanh nghiệp sở hữu hồ sơ được thực hiện việc này.', 'Only the enterprise that owns the application may do this.');
    }
    if (status && this.status !== status) reject(CaseRejection.invalidState, `Hồ sơ đang ở trạng thái "${this.status}".`, `The application is ${this.status}.`);
  }

  assertCanSubmit(actor: Actor): void {
    this.assertEnterpriseActs(actor, 'draft');
    if (this.submitRequestedBy) reject(CaseRejection.invalidState, 'Hồ sơ đã được nộp.', 'The application was already submitted.');
    const missing = (['title', 'supportKind', 'requestedAmountVnd', 'sponsoringDepartmentCode'] as const).filter((field) => this.draft[field] === null || this.draft[field] === '');
    if (missing.length > 0) reject(CaseRejection.incomplete, `Hồ sơ còn thiếu: ${missing.join(', ')}.`, `Missing before submission: ${missing.join(', ')}.`);
  }

  assertCanReportProgress(report: ProgressReport): void {
    this.assertEnterpriseActs(report.actor, 'in-progress');
    if (!this.implementation || this.step !== 'implementation') reject(CaseRejection.invalidState, 'Hồ sơ không ở giai đoạn thực hiện hợp đồng.', 'The case is not under implementation.');
    this.implementation.validateProgress(report);
  }

  assertCanWithdraw(request: { actor?: Actor; reason: string }): void {
    if (!request.reason?.trim()) reject(CaseRejection.incomplete, 'Cần nêu lý do rút hồ sơ.', 'A withdrawal needs a reason.');
    if (request.actor) this.assertEnterpriseActs(request.actor);
    if (this.status !== 'draft' && this.status !== 'in-progress') reject(CaseRejection.invalidState, `Hồ sơ đã kết thúc (${this.status}).`, `The application is ${this.status}.`);
    const order = (code: string | null) => this.procedure?.steps.find((step) => step.code === code)?.order ?? 0;
    const signed = this.history.some((record) => record.step === LAST_WITHDRAWABLE_STEP);
    if (signed || (this.procedure && order(this.step) > order(LAST_WITHDRAWABLE_STEP))) {
      reject(CaseRejection.invalidState, 'Hợp đồng đã ký: không thể rút hồ sơ, chỉ có thể chấm dứt hợp đồng.', 'The contract is signed: the task can be terminated, not withdrawn.');
    }
    if (this.withdrawal) reject(CaseRejection.invalidState, 'Đã yêu cầu rút hồ sơ.', 'Withdrawal was already requested.');
  }

  /**
   * Applies the edit and returns how to undo it: the changed fields get their old values back,
   * and the edit's sequence number counts as recorded, since the read model still shows the draft
   * as it was before it (so nothing waiting for the projection waits for a write that never comes).
   */
  editDraftUndoably(changes: DraftChanges): () => void {
    const before = { ...this.draft };
    const seq = this.seq + 1;
    this.editDraft(changes);
    return () => {
      for (const field of ['title', 'supportKind', 'requestedAmountVnd', 'sponsoringDepartmentCode'] as const) {
        if (changes[field] !== undefined) (this.draft as Record<string, unknown>)[field] = before[field];
      }
      this.recordedSeq = Math.max(this.recordedSeq, seq);
    };
  }

  editDraft(changes: DraftChanges): void {
    for (const field of ['title', 'supportKind', 'requestedAmountVnd', 'sponsoringDepartmentCode'] as const) {
      if (changes[field] !== undefined) (this.draft as Record<string, unknown>)[field] = changes[field];
    }
  }

  start(procedure: ProcedureDefinition): void {
    this.procedure = procedure;
    this.status = 'in-progress';
    this.step = 'intake';
  }

  /** Runs one step as a human decision; ends early when the enterprise withdraws or a council concludes. */
  async runStep(step: ProcedureStep): Promise<DecisionResult | 'withdrawn'> {
    this.step = step.code;
    if (step.childProcedure && this.draft.supportKind === step.childProcedure.forSupportKind) return this.runChildProcedure();
    // Versions that name several deciders (e.g. settlement: Sở KH&CN and Sở Tài chính) decide in parallel.
    if (step.deciders && decidersOf(step).length > 1 && patched(PARALLEL_DECIDERS_PATCH)) return this.runParallelStep(step, step.deciders);
    const { assignee, escalation } = await stepAssignee({
      actor: step.actor,
      provinceCode: this.input.provinceCode,
      enterpriseId: this.input.enterpriseId,
      sponsoringDepartmentCode: this.draft.sponsoringDepartmentCode,
    });
    if (assignee.kind === 'department') this.departments.add(assignee.id);
    const budgetCap = await this.budgetCapFor(step);
    const taskId = uuid4();
    const councilsBefore = this.conclusions.length;
    const taskInput: DecisionTaskInput = {
      taskId,
      subject: { type: 'application', id: this.input.applicationId, title: this.draft.title, provinceCode: this.input.provinceCode },
      step: { code: step.code, name: step.name },
      assignee,
      outcomes: step.outcomes.filter((outcome) => !outcome.automatic).map(({ code, label, requiresComment }) => ({ code, label, requiresComment })),
      timeLimit: step.dueBy === 'contract-end' ? this.untilContractEnd() : step.timeLimit,
      usedWorkingDays: this.pausedClock.get(step.code) ?? 0,
      reminders: (this.procedure as ProcedureDefinition).reminders,
      escalation,
      ...(step.onLapse ? { lapseOutcome: step.onLapse } : {}),
      requiredData: this.requiredDataFor(step, budgetCap),
      ...(step.dueBy === 'contract-end' ? { extensionRules: this.extensionRules() } : {}),
    };

    const stopTracking = this.trackImplementation(step);
    let decision: DecisionResult | undefined;
    let failure: unknown;
    const scope = new CancellationScope();
    let child: ChildWorkflowHandle<typeof decisionTaskWorkflow> | undefined;
    const running = scope.run(async () => {
      child = await startChild(decisionTaskWorkflow, { workflowId: `task-${taskId}`, args: [taskInput], parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL });
      this.openTask = { taskId, outcomes: taskInput.outcomes.map((outcome) => outcome.code), dueDate: null, department: assignee.kind === 'department' ? assignee.id : null };
      await this.record({ action: `step.${step.code}.opened`, actor: SYSTEM, comment: null });
      return child.result();
    });
    running.then(
      (result) => (decision = result),
      (error: unknown) => (failure = error),
    );
    const councilKind = step.actor.kind === 'council' ? step.actor.councilKind : undefined;
    const concluded = () => (councilKind ? this.conclusions.slice(councilsBefore).find((conclusion) => conclusion.kind === councilKind) : undefined);
    await condition(() => decision !== undefined || failure !== undefined || this.withdrawal !== undefined || concluded() !== undefined);
    if (!decision) {
      scope.cancel();
      await running.catch((error: unknown) => {
        if (!isCancellation(error)) throw error;
      });
    }
    await stopTracking?.();
    this.openTask = null;
    if (failure && !isCancellation(failure)) throw failure;
    if (decision) return decision;
    if (this.withdrawal) return 'withdrawn';
    const conclusion = concluded() as CouncilConclusion;
    return {
      taskId,
      outcome: councilOutcomeFor(step, conclusion),
      comment: `Kết luận hội đồng · council conclusion (${conclusion.councilId})`,
      data: conclusion.detail,
      decidedBy: conclusion.closedBy,
      decidedAt: conclusion.closedAt,
      dueDate: null,
      usedWorkingDays: 0,
    };
  }

  /**
   * A step with several deciders: a task each, opened at once in each one's inbox with its own
   * clock; the rule decides the step (all approve, or the first dissent, which cancels the other
   * tasks with notice). The case shows the lead decider's task; a withdrawal cancels them all.
   */
  private async runParallelStep(step: ProcedureStep, deciders: StepDeciders): Promise<DecisionResult | 'withdrawn'> {
    const outcomes = step.outcomes.filter((outcome) => !outcome.automatic).map(({ code, label, requiresComment }) => ({ code, label, requiresComment }));
    const tasks: DecisionTaskInput[] = [];
    for (const actor of deciders.actors) {
      const { assignee, escalation } = await stepAssignee({ actor, provinceCode: this.input.provinceCode, enterpriseId: this.input.enterpriseId, sponsoringDepartmentCode: this.draft.sponsoringDepartmentCode });
      if (assignee.kind === 'department') this.departments.add(assignee.id);
      tasks.push({
        taskId: uuid4(),
        subject: { type: 'application', id: this.input.applicationId, title: this.draft.title, provinceCode: this.input.provinceCode },
        step: { code: step.code, name: step.name },
        assignee,
        outcomes,
        timeLimit: step.timeLimit,
        usedWorkingDays: this.pausedClock.get(step.code) ?? 0,
        reminders: (this.procedure as ProcedureDefinition).reminders,
        escalation,
        requiredData: this.requiredDataFor(step),
      });
    }
    const parallel = new ParallelDecision(deciders, tasks);
    const lead = tasks[0] as DecisionTaskInput;
    const labelOf = (code: string) => step.outcomes.find((outcome) => outcome.code === code)?.label ?? { vi: code, en: code };
    const scope = new CancellationScope();
    const decided = await scope.run(async () => {
      await parallel.open(ParentClosePolicy.REQUEST_CANCEL);
      this.openTask = { taskId: lead.taskId, outcomes: outcomes.map((outcome) => outcome.code), dueDate: null, department: lead.assignee.kind === 'department' ? lead.assignee.id : null };
      await this.record({ action: `step.${step.code}.opened`, actor: SYSTEM, comment: null });
      for (;;) {
        const seen = parallel.decidedCount;
        const result = await parallel.decided(labelOf, () => this.withdrawal !== undefined || parallel.decidedCount > seen);
        if (result || this.withdrawal) return result;
        // One decider decided, the rule waits for the others: the case shows a task still open, and who decided.
        const next = parallel.openTasks()[0];
        const last = parallel.lastDecision() as DecisionResult;
        if (next) this.openTask = { taskId: next.taskId, outcomes: outcomes.map((outcome) => outcome.code), dueDate: this.openTask?.dueDate ?? null, department: next.assignee.kind === 'department' ? next.assignee.id : null };
        await this.record({ action: `step.${step.code}.partly-decided`, actor: { id: last.decidedBy.userId, name: last.decidedBy.username, role: 'user' }, comment: last.outcome });
      }
    });
    this.openTask = null;
    if (decided) return decided.result;
    scope.cancel();
    return 'withdrawn';
  }

  /**
   * Milestone clocks and yearly inspections beside the implementation step's decision; returns
   * how to stop them once the step is decided. Cases whose implementation began before this
   * existed keep running without it.
   */
  private trackImplementation(step: ProcedureStep): (() => Promise<void>) | undefined {
    if (step.dueBy !== 'contract-end' || !this.contract || !patched(IMPLEMENTATION_TRACKING_PATCH)) return undefined;
    const procedure = this.procedure as ProcedureDefinition;
    const phase = new ImplementationPhase(this.contract, procedure.implementationRules?.inspectionEveryMonths ?? 12);
    this.implementation = phase;
    const scope = new CancellationScope();
    const tracking = scope.run(() =>
      phase.track({
        input: this.input,
        procedure,
        step,
        title: () => this.draft.title,
        record: (action, actor, comment) => this.record({ action, actor, comment }),
        remember: (record) => this.history.push(record),
      }),
    );
    tracking.catch(() => undefined);
    return async () => {
      scope.cancel();
      await tracking.catch((error: unknown) => {
        if (!isCancellation(error)) throw error;
      });
    };
  }

  /** A pilot-model case implements its task as the six-step pilot model, a child workflow. */
  private async runChildProcedure(): Promise<DecisionResult> {
    const { applicationId, enterpriseId, provinceCode } = this.input;
    if (!enterpriseId) throw new Error(`Pilot-model case ${applicationId} has no enterprise`);
    const result = await startChild(pilotModelWorkflow, {
      workflowId: `pilot-model-${applicationId}`,
      args: [{ pilotModelId: applicationId, applicationId, enterpriseId, provinceCode, title: this.draft.title, sponsoringDepartmentCode: this.draft.sponsoringDepartmentCode }],
    }).then((child) => child.result());
    return {
      taskId: result.pilotModelId,
      outcome: result.outcome,
      comment: result.termination?.reason ?? null,
      data: {},
      decidedBy: { userId: 'system', username: 'pilotModelWorkflow' },
      decidedAt: result.completedAt,
      dueDate: null,
      usedWorkingDays: 0,
    };
  }

  /** Implementation lasts until the contract ends: its effective date plus its duration. */
  private untilContractEnd(): DecisionTaskInput['timeLimit'] {
    if (!this.contract) return null;
    return { amount: Math.max(0, daysBetween(vietnamDateAt(Date.now()), this.contract.endDate)), unit: 'calendar' };
  }

  /** One extension only: up to 12 months for a task longer than 24 months, 6 otherwise, asked a month ahead (process.md §A). */
  private extensionRules(): DecisionTaskInput['extensionRules'] {
    const rules = this.procedure?.implementationRules?.extension;
    if (!rules || !this.contract) return undefined;
    const months = this.contract.durationMonths > rules.longTaskAboveMonths ? rules.maxMonthsLongTask : rules.maxMonthsShortTask;
    return { maxExtensions: rules.maxCount, maxCalendarDays: Math.round(months * 30.4375), requestAtLeastDaysBefore: rules.requestAtLeastMonthsBeforeEnd * 30 };
  }

  /** The cap for the case's support kind, the enterprise's size class and the day the appraisal opens (an activity: it reads the policy rows). */
  private async budgetCapFor(step: ProcedureStep): Promise<SupportCap | null> {
    if (step.code !== 'budget-appraisal' || !patched(BUDGET_CAP_PATCH)) return null;
    return supportCap({ supportKind: this.draft.supportKind, enterpriseId: this.input.enterpriseId, onDate: vietnamDateAt(Date.now()) });
  }

  private requiredDataFor(step: ProcedureStep, budgetCap: SupportCap | null = null): DecisionTaskInput['requiredData'] {
    if (step.code === 'budget-appraisal') return [{ outcome: 'approved', field: 'approvedAmountVnd', kind: 'vnd', max: this.draft.requestedAmountVnd ?? 0, ...(budgetCap ? { cap: budgetCap } : {}) }];
    if (step.code === 'contract') {
      const terms: DecisionTaskInput['requiredData'] = [{ outcome: 'signed', field: 'effectiveDate', kind: 'date' }, { outcome: 'signed', field: 'durationMonths', kind: 'months', max: MAX_CONTRACT_MONTHS }];
      // Tranches within the approved amount and milestones within the term (libs/domain/src/implementation).
      if (patched(CONTRACT_TERMS_PATCH)) terms.push({ outcome: 'signed', field: 'tranches', kind: 'contract-terms', ...(this.approvedAmountVnd !== null ? { max: this.approvedAmountVnd } : {}) });
      return terms;
    }
    return [];
  }

  decided(step: ProcedureStep, decision: DecisionResult, pausesClock: boolean): void {
    if (pausesClock) this.pausedClock.set(step.code, decision.usedWorkingDays);
    else this.pausedClock.delete(step.code);
    if (step.code === 'budget-appraisal' && typeof decision.data.approvedAmountVnd === 'number') this.approvedAmountVnd = decision.data.approvedAmountVnd;
    if (step.code === 'contract') this.contract = parseContractTerms(decision.data, { approvedAmountVnd: null, maxDurationMonths: MAX_CONTRACT_MONTHS });
    // Settlement's refund order, or a termination, which recovers the funds (process.md §A).
    if (decision.outcome === 'refund-ordered' || decision.outcome === 'terminate') this.refundOrdered = true;
    this.history.push({ step: step.code, taskId: decision.taskId, outcome: decision.outcome, decidedBy: decision.decidedBy.username, decidedAt: decision.decidedAt, comment: decision.comment });
  }

  async close(status: ApplicationStatus, event: ApplicationEvent): Promise<ApplicationSnapshot> {
    this.status = status;
    this.step = null;
    this.openTask = null;
    await this.record(event);
    // Updates in flight (the withdrawal that closed the case) answer before the workflow ends.
    await condition(allHandlersFinished);
    return this.snapshot();
  }

  /** Writes the read model and the audit row; bumps the sequence so late writes never win. */
  async record(event: ApplicationEvent): Promise<void> {
    this.seq += 1;
    const seq = this.seq;
    await projectApplication({
      applicationId: this.input.applicationId,
      title: this.draft.title,
      provinceCode: this.input.provinceCode,
      enterpriseId: this.input.enterpriseId,
      supportKind: this.draft.supportKind,
      requestedAmountVnd: this.draft.requestedAmountVnd,
      sponsoringDepartmentCode: this.draft.sponsoringDepartmentCode,
      procedureVersion: this.procedure ? `${this.procedure.code}/${this.procedure.version}` : null,
      departmentCodes: [...this.departments],
      taskId: this.openTask?.taskId ?? null,
      approvedAmountVnd: this.approvedAmountVnd,
      refundOrdered: this.refundOrdered,
      implementation: this.implementation?.snapshot() ?? null,
      status: this.status,
      step: this.step,
      seq,
      event,
    });
    this.searchAttributes();
    this.recordedSeq = Math.max(this.recordedSeq, seq);
  }

  /** What the Temporal UI filters cases by: status, step, province, acting department, due date, tax code. */
  private searchAttributes(): void {
    upsertSearchAttributes([
      { key: ApplicationStatusKey, value: this.status },
      { key: ApplicationStep, value: this.step },
      { key: ProvinceCode, value: this.input.provinceCode },
      { key: DepartmentCode, value: this.openTask?.department ?? null },
      { key: StepDueAt, value: this.openTask?.dueDate ? new Date(endOfVietnamDay(this.openTask.dueDate)) : null },
      { key: EnterpriseTaxCode, value: this.input.enterpriseTaxCode ?? null },
    ]);
  }
}
