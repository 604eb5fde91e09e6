import type { ProcedureStep } from '../../libs/domain/src/procedures/procedure-definition';
import { reject } from '../common/reject';
import type { Actor, DecisionResult } from '../decision/messages';
import { isProvinceManager } from '../decision/may-act';
import { assertDeliverable, improvementsOf } from './deliverable-rules';
import {
  AssessDeliverable,
  EvaluateDeliverable,
  MilestoneProgressRequest,
  MilestoneState,
  PILOT_STEPS,
  PilotModelData,
  PilotModelInput,
  PilotModelRejection,
  PilotModelSnapshot,
  PilotModelTermination,
  PilotStepCode,
  PlanDeliverable,
  ReEvaluateDeliverable,
  SelectDeliverable,
  StepDeliverable,
  SubmitStepRequest,
  TerminatePilotModelRequest,
  WaiveMilestoneRequest,
} from './messages';

/** Longest termination reason kept (the API allows as much). */
const MAX_REASON = 4000;

/** The model's state and rules, apart from the Temporal plumbing; plain data so continue-as-new carries it whole. */
export class PilotModelState {
  readonly data: PilotModelData;

  constructor(
    readonly input: PilotModelInput,
    now: string,
  ) {
    this.data = input.resume
      ? { ...input.resume, eventsThisRun: 0, runs: input.resume.runs + 1 }
      : {
          status: 'in-progress',
          stepIndex: 0,
          phase: 'submission',
          stepStartedAt: now,
          seq: 0,
          baseline: null,
          selection: null,
          milestones: [],
          certificates: null,
          after: null,
          improvements: null,
          conclusion: null,
          steps: [],
          submissionTaskId: null,
          reviewTaskId: null,
          reviewerDepartment: null,
          catalogue: {},
          procedure: null,
          departmentCodes: [],
          eventsThisRun: 0,
          runs: 1,
          termination: null,
        };
  }

  get stepCode(): PilotStepCode | null {
    return this.data.stepIndex < PILOT_STEPS.length ? PILOT_STEPS[this.data.stepIndex] : null;
  }

  get step(): ProcedureStep {
    const step = this.data.procedure?.steps.find((candidate) => candidate.code === this.stepCode);
    if (!step) throw new Error(`The pilot-model procedure has no step "${String(this.stepCode)}"`);
    return step;
  }

  snapshot(): PilotModelSnapshot {
    return {
      pilotModelId: this.input.pilotModelId,
      status: this.data.status,
      step: this.stepCode,
      phase: this.data.phase,
      submissionTaskId: this.data.submissionTaskId,
      reviewTaskId: this.data.reviewTaskId,
      reviewTaskIds: this.data.reviewTaskIds && this.data.reviewTaskIds.length > 0 ? [...this.data.reviewTaskIds] : this.data.reviewTaskId ? [this.data.reviewTaskId] : [],
      milestones: this.data.milestones.map((milestone) => ({ ...milestone, progress: [...milestone.progress] })),
      improvements: this.data.improvements,
      seq: this.data.seq,
      runs: this.data.runs,
      termination: this.data.termination ?? null,
    };
  }

  beginStep(index: number, now: string): void {
    this.data.stepIndex = index;
    this.data.stepStartedAt = now;
    this.data.phase = this.stepCode === null ? 'done' : this.stepCode === 'implement' ? 'milestones' : 'submission';
    if (this.stepCode) this.data.steps.push({ step: this.stepCode, startedAt: now, completedAt: null, rounds: [] });
  }

  private assertOwner(actor: Actor): void {
    if (actor.enterpriseId !== this.input.enterpriseId) reject(PilotModelRejection.notOwner, 'Chỉ doanh nghiệp thực hiện mô hình được thực hiện việc này.', 'Only the enterprise running the model may do this.');
  }

  validateSubmission({ actor, step, deliverable }: SubmitStepRequest): void {
    this.assertOwner(actor);
    this.assertNotTerminated();
    if (this.data.status !== 'in-progress' || step !== this.stepCode) {
      reject(PilotModelRejection.wrongStep, `Mô hình đang ở bước "${String(this.stepCode)}", không nhận sản phẩm bước "${step}".`, `The model is at step "${String(this.stepCode)}", not "${step}".`);
    }
    if (this.data.phase !== 'submission' || !this.data.procedure) {
      reject(PilotModelRejection.wrongStep, 'Bước này hiện không chờ doanh nghiệp nộp sản phẩm.', 'This step is not waiting for a submission.');
    }
    assertDeliverable(step, deliverable, this.data);
  }

  /** Keeps the deliverable of the round and moves the step to review. */
  acceptSubmission({ deliverable }: SubmitStepRequest, now: string): void {
    this.current().rounds.push({ submittedAt: now, deliverable, reviewTaskId: null, outcome: null, comment: null, decidedBy: null, decidedAt: null });
    this.data.phase = 'review';
  }

  private current() {
    return this.data.steps[this.data.steps.length - 1];
  }

  /** The last submitted deliverable of the current step. */
  private lastDeliverable(): StepDeliverable | undefined {
    return this.current().rounds[this.current().rounds.length - 1]?.deliverable;
  }

  /** `parallel`: every reviewer's task when several review at once (the first is the lead's, `taskId`). */
  reviewOpened(taskId: string, department: string | null, parallel?: { taskId: string; department: string | null }[]): void {
    this.data.reviewTaskId = taskId;
    this.data.reviewerDepartment = department;
    if (parallel) this.data.reviewTaskIds = parallel.map((task) => task.taskId);
    for (const code of [department, ...(parallel ?? []).map((task) => task.department)]) {
      if (code && !this.data.departmentCodes.includes(code)) this.data.departmentCodes.push(code);
    }
    const round = this.current().rounds[this.current().rounds.length - 1];
    if (round) round.reviewTaskId = taskId;
  }

  /** Keeps each reviewer's own decision on the round, when several reviewed it in parallel. */
  parallelDecisions(decisions: DecisionResult[]): void {
    const round = this.current().rounds[this.current().rounds.length - 1];
    if (round) round.decisions = decisions.map((decision) => ({ taskId: decision.taskId, outcome: decision.outcome, comment: decision.comment, decidedBy: decision.decidedBy.username, decidedAt: decision.decidedAt }));
  }

  /** Applies the review: approval fixes the deliverable into the model; a return opens a new submission. */
  reviewed(decision: DecisionResult, newMilestoneId: () => string): 'approved' | 'returned' {
    this.data.reviewTaskId = null;
    if (this.data.reviewTaskIds) this.data.reviewTaskIds = [];
    const round = this.current().rounds[this.current().rounds.length - 1];
    if (round) Object.assign(round, { outcome: decision.outcome, comment: decision.comment, decidedBy: decision.decidedBy.username, decidedAt: decision.decidedAt });
    if (decision.outcome !== 'approve') {
      this.data.phase = 'submission';
      return 'returned';
    }
    const deliverable = this.lastDeliverable();
    switch (this.stepCode) {
      case 'assess':
        this.data.baseline = (deliverable as AssessDeliverable).measurements;
        break;
      case 'select':
        this.data.selection = (deliverable as SelectDeliverable).items;
        break;
      case 'plan':
        this.data.milestones = (deliverable as PlanDeliverable).milestones.map((planned) => ({
          id: newMilestoneId(),
          ...planned,
          status: 'open' as const,
          progress: [],
          waivedReason: null,
          clockTaskId: null,
        }));
        break;
      case 'evaluate':
        this.data.certificates = (deliverable as EvaluateDeliverable).recognitions;
        break;
      case 're-evaluate': {
        const after = deliverable as ReEvaluateDeliverable;
        this.data.after = after.measurements;
        this.data.improvements = improvementsOf(this.data.baseline ?? [], after.measurements);
        this.data.conclusion = after.conclusion;
        break;
      }
      default:
        break;
    }
    this.current().completedAt = decision.decidedAt;
    this.data.phase = 'done';
    return 'approved';
  }

  private milestone(id: string): MilestoneState {
    const found = this.data.milestones.find((milestone) => milestone.id === id);
    if (!found) reject(PilotModelRejection.invalidDeliverable, `Không có mốc ${id}.`, `No milestone ${id}.`);
    return found;
  }

  private assertMilestonePhase(id: string): MilestoneState {
    this.assertNotTerminated();
    if (this.stepCode !== 'implement' || this.data.phase !== 'milestones') reject(PilotModelRejection.wrongStep, 'Mô hình không ở giai đoạn thực hiện các mốc.', 'The model is not implementing its milestones.');
    const milestone = this.milestone(id);
    if (milestone.status !== 'open') reject(PilotModelRejection.wrongStep, `Mốc "${milestone.title}" đã đóng (${milestone.status}).`, `Milestone "${milestone.title}" is closed (${milestone.status}).`);
    return milestone;
  }

  validateProgress(request: MilestoneProgressRequest): void {
    this.assertOwner(request.actor);
    this.assertMilestonePhase(request.milestoneId);
    if (request.status !== 'in-progress' && request.status !== 'done') reject(PilotModelRejection.invalidDeliverable, 'Trạng thái mốc không hợp lệ.', 'Invalid milestone status.');
    if (!request.note?.trim()) reject(PilotModelRejection.invalidDeliverable, 'Cần mô tả tiến độ.', 'Describe the progress.');
    const evidence = Array.isArray(request.evidence) ? request.evidence.filter((item) => typeof item === 'string' && item.trim() !== '') : [];
    if (request.status === 'done' && evidence.length === 0) reject(PilotModelRejection.invalidDeliverable, 'Hoàn thành mốc cần ít nhất một bằng chứng.', 'A finished milestone needs at least one piece of evidence.');
  }

  /** Records progress; returns the milestone's clock task when it just closed. */
  progress(request: MilestoneProgressRequest, now: string): string | null {
    const milestone = this.milestone(request.milestoneId);
    milestone.progress.push({ at: now, by: request.actor.username, status: request.status, note: request.note.trim(), evidence: [...request.evidence] });
    this.data.eventsThisRun += 1;
    if (request.status !== 'done') return null;
    milestone.status = 'done';
    return this.closeClock(milestone);
  }

  validateWaiver(request: WaiveMilestoneRequest): void {
    const reviewer = this.data.reviewerDepartment;
    if (!reviewer || request.actor.departmentCode !== reviewer) {
      reject(PilotModelRejection.notReviewer, 'Chỉ đơn vị thẩm định bước thực hiện được miễn một mốc.', 'Only the reviewing department may waive a milestone.');
    }
    this.assertMilestonePhase(request.milestoneId);
    if (!request.reason?.trim()) reject(PilotModelRejection.invalidDeliverable, 'Miễn mốc cần nêu lý do.', 'A waiver needs a reason.');
  }

  waive(request: WaiveMilestoneRequest): string | null {
    const milestone = this.milestone(request.milestoneId);
    milestone.status = 'waived';
    milestone.waivedReason = request.reason.trim();
    this.data.eventsThisRun += 1;
    return this.closeClock(milestone);
  }

  private closeClock(milestone: MilestoneState): string | null {
    const taskId = milestone.clockTaskId;
    milestone.clockTaskId = null;
    return taskId;
  }

  allMilestonesClosed(): boolean {
    return this.data.milestones.every((milestone) => milestone.status !== 'open');
  }

  private assertNotTerminated(): void {
    if (this.data.termination) reject(PilotModelRejection.finished, 'Mô hình điểm đã bị chấm dứt.', 'The pilot model has been terminated.');
  }

  /** Only the province's programme manager, with a reason, and only while the model still runs. */
  validateTermination({ actor, reason }: TerminatePilotModelRequest): void {
    if (!actor || !isProvinceManager(actor, this.input.provinceCode)) {
      reject(PilotModelRejection.notManager, 'Chỉ cán bộ quản lý chương trình của tỉnh được chấm dứt mô hình điểm.', "Only the province's programme manager may terminate a pilot model.");
    }
    if (typeof reason !== 'string' || !reason.trim()) reject(PilotModelRejection.reasonRequired, 'Cần nêu lý do chấm dứt mô hình điểm.', 'A termination needs a reason.');
    if (reason.length > MAX_REASON) reject(PilotModelRejection.reasonRequired, `Lý do dài tối đa ${MAX_REASON} ký tự.`, `The reason may be at most ${MAX_REASON} characters long.`);
    this.assertNotTerminated();
    // Once step 6 is approved the model is closing as completed: too late to terminate it.
    const closing = this.stepCode === null || (this.stepCode === PILOT_STEPS[PILOT_STEPS.length - 1] && this.data.phase === 'done');
    if (this.data.status !== 'in-progress' || closing) {
      reject(PilotModelRejection.finished, 'Mô hình điểm đã kết thúc, không thể chấm dứt.', 'The pilot model has already finished and cannot be terminated.');
    }
  }

  requestTermination({ actor, reason }: TerminatePilotModelRequest, now: string): PilotModelTermination {
    this.data.termination = { at: now, by: { userId: actor.userId, username: actor.username, role: 'programme-manager' }, reason: reason.trim(), step: this.stepCode };
    return this.data.termination;
  }

  /** The enterprise clocks (submission, milestones) still running. */
  openClocks(): string[] {
    return [this.data.submissionTaskId, ...this.data.milestones.map((milestone) => milestone.clockTaskId)].filter((taskId): taskId is string => taskId !== null);
  }

  /**
   * Closes the model as terminated: nothing is awaited any more, no step is current (the
   * termination keeps the step it stopped at). Returns the enterprise clocks still open, to cancel.
   */
  terminate(): string[] {
    const clocks = this.openClocks();
    // Where the model actually stopped: a decision already under way when the termination came may have moved it on.
    if (this.data.termination) this.data.termination.step = this.stepCode;
    this.data.submissionTaskId = null;
    this.data.reviewTaskId = null;
    if (this.data.reviewTaskIds) this.data.reviewTaskIds = [];
    for (const milestone of this.data.milestones) milestone.clockTaskId = null;
    this.data.status = 'terminated';
    this.data.stepIndex = PILOT_STEPS.length;
    this.data.phase = 'done';
    return clocks;
  }
}
