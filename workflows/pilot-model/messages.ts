import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Improvement } from '../../libs/domain/src/pilot-models/improvement';
import type { IndicatorDirection } from '../../libs/domain/src/pilot-models/indicator';
import type { ProcedureDefinition } from '../../libs/domain/src/procedures/procedure-definition';
import type { Actor } from '../decision/messages';

/** The six steps, in order (process.md §B; procedure data: libs/domain/src/procedures/pilot-model-2021.seed.ts). */
export const PILOT_STEPS = ['assess', 'select', 'plan', 'implement', 'evaluate', 're-evaluate'] as const;
export type PilotStepCode = (typeof PILOT_STEPS)[number];

/** One figure measured at step 1 (baseline) or step 6 (after); direction defaults to the typical indicator's. */
export interface MeasurementInput {
  indicator: string;
  unit: string;
  value: number;
  date: string;
  source: string;
  direction?: IndicatorDirection;
}

/** Step 1: the baseline figures and what the enterprise already uses. */
export interface AssessDeliverable {
  measurements: MeasurementInput[];
  practicesInUse?: string;
}

/** One pick of step 2, from a catalogue, with the reason for it. */
export interface SelectedItem {
  catalogue: 'management-systems' | 'improvement-tools' | 'standards' | 'measurement-contents' | 'certifications' | 'technology';
  code: string;
  reason: string;
}

export interface SelectDeliverable {
  items: SelectedItem[];
}

export interface PlannedMilestone {
  /** The selected item's code this milestone serves. */
  itemCode: string;
  title: string;
  owner: string;
  dueDate: string;
  budgetLine: string;
}

export interface PlanDeliverable {
  milestones: PlannedMilestone[];
}

/** Step 4 is delivered through the milestones; after a return the enterprise sends a short report. */
export interface ImplementDeliverable {
  report: string;
}

export type ItemRecognition =
  | { itemCode: string; kind: 'certificate'; number: string; body: string; issuedOn: string; expiresOn: string }
  | { itemCode: string; kind: 'recognition'; decisionNumber: string; decidedBy: string; decidedOn: string };

export interface EvaluateDeliverable {
  recognitions: ItemRecognition[];
}

export interface ReEvaluateDeliverable {
  measurements: MeasurementInput[];
  conclusion: string;
}

export type StepDeliverable = AssessDeliverable | SelectDeliverable | PlanDeliverable | ImplementDeliverable | EvaluateDeliverable | ReEvaluateDeliverable;

export interface SubmitStepRequest {
  actor: Actor;
  step: PilotStepCode;
  deliverable: StepDeliverable;
}

export interface MilestoneProgressRequest {
  actor: Actor;
  milestoneId: string;
  status: 'in-progress' | 'done';
  note: string;
  /** Documents, photos, records: references (document ids or URLs); at least one for 'done'. */
  evidence: string[];
}

export interface WaiveMilestoneRequest {
  actor: Actor;
  milestoneId: string;
  reason: string;
}

/** The programme manager stops the model (chấm dứt, process.md §A "Changes during implementation"). */
export interface TerminatePilotModelRequest {
  actor: Actor;
  reason: string;
}

/** Who terminated the model, when, why, and at which step it stood. */
export interface PilotModelTermination {
  at: string;
  by: { userId: string; username: string; role: string };
  reason: string;
  step: PilotStepCode | null;
}

export interface MilestoneState {
  id: string;
  itemCode: string;
  title: string;
  owner: string;
  dueDate: string;
  budgetLine: string;
  status: 'open' | 'done' | 'waived';
  progress: { at: string; by: string; status: string; note: string; evidence: string[] }[];
  waivedReason: string | null;
  /** The decision task that keeps the milestone's clock (reminders, escalation); null once closed or not yet opened. */
  clockTaskId: string | null;
}

export interface StepRecord {
  step: PilotStepCode;
  startedAt: string;
  completedAt: string | null;
  rounds: {
    submittedAt: string;
    deliverable: StepDeliverable;
    reviewTaskId: string | null;
    outcome: string | null;
    comment: string | null;
    decidedBy: string | null;
    decidedAt: string | null;
    /** Each reviewer's own decision, when several reviewed the round in parallel. */
    decisions?: { taskId: string; outcome: string; comment: string | null; decidedBy: string; decidedAt: string }[];
  }[];
}

export interface CertificateRecord {
  itemCode: string;
  number: string;
  body: string;
  issuedOn: string;
  expiresOn: string;
}

export type PilotModelStatus = 'in-progress' | 'completed' | 'terminated';
export type StepPhase = 'submission' | 'review' | 'milestones' | 'done';

/** Everything the workflow knows; carried whole across continue-as-new. */
export interface PilotModelData {
  status: PilotModelStatus;
  stepIndex: number;
  phase: StepPhase;
  stepStartedAt: string;
  seq: number;
  baseline: MeasurementInput[] | null;
  selection: SelectedItem[] | null;
  milestones: MilestoneState[];
  certificates: ItemRecognition[] | null;
  after: MeasurementInput[] | null;
  improvements: Improvement[] | null;
  conclusion: string | null;
  steps: StepRecord[];
  /** The open enterprise-submission clock (a decision task assigned to the enterprise). */
  submissionTaskId: string | null;
  /** The open review decision (a child the workflow awaits). */
  reviewTaskId: string | null;
  /** Every open review task when several reviewers review the step in parallel (the lead's first); absent in older runs. */
  reviewTaskIds?: string[];
  /** Department that reviews the current step (waivers in step 4 come from it). */
  reviewerDepartment: string | null;
  /** Active catalogue codes by kind, loaded once so the Update validators stay synchronous. */
  catalogue: Record<string, string[]>;
  /** The pilot-model procedure version in force when the model started; kept to the end. */
  procedure: ProcedureDefinition | null;
  /** Every department that reviewed a step: their officers may see the model. */
  departmentCodes: string[];
  /** Step-4 events (milestone clocks opened, progress reports, waivers) handled by this run; continue-as-new resets it. */
  eventsThisRun: number;
  runs: number;
  /** Set when the manager terminates the model; absent from states carried by runs older than termination. */
  termination?: PilotModelTermination | null;
}

export interface PilotModelInput {
  pilotModelId: string;
  applicationId: string | null;
  enterpriseId: string;
  provinceCode: string;
  title: string;
  /** The case's sponsoring department, which reviews step 2 with the standing office; absent: the province's first with the capability. */
  sponsoringDepartmentCode?: string | null;
  createdBy?: Actor;
  /** Continue as new once this many step-4 events were handled in a run (tests set it small); otherwise when the server suggests it. */
  continueAsNewAfterEvents?: number;
  /** Set by continue-as-new: the state to resume from. */
  resume?: PilotModelData;
}

/**
 * What the parent case reads: `outcome` is an outcome code of the case's implementation step
 * (nscl procedure: 'completed' goes on to acceptance, 'terminate' closes the case as terminated).
 */
export interface PilotModelResult {
  pilotModelId: string;
  outcome: 'completed' | 'terminate';
  /** When the model completed, or was terminated. */
  completedAt: string;
  improvements: Improvement[];
  termination?: PilotModelTermination;
}

export interface PilotModelSnapshot {
  pilotModelId: string;
  status: PilotModelStatus;
  step: PilotStepCode | null;
  phase: StepPhase;
  submissionTaskId: string | null;
  reviewTaskId: string | null;
  /** Every open review task (several when reviewers review in parallel). */
  reviewTaskIds: string[];
  milestones: MilestoneState[];
  improvements: Improvement[] | null;
  seq: number;
  runs: number;
  termination: PilotModelTermination | null;
}

/** Failure types the API maps to HTTP statuses. */
export const PilotModelRejection = {
  notOwner: 'PilotModelNotOwner',
  wrongStep: 'PilotModelWrongStep',
  invalidDeliverable: 'PilotModelInvalidDeliverable',
  notReviewer: 'PilotModelNotReviewer',
  notManager: 'PilotModelNotManager',
  reasonRequired: 'PilotModelReasonRequired',
  finished: 'PilotModelFinished',
} as const;

export const submitStepUpdate = defineUpdate<PilotModelSnapshot, [SubmitStepRequest]>('submitStep');
export const milestoneProgressUpdate = defineUpdate<PilotModelSnapshot, [MilestoneProgressRequest]>('milestoneProgress');
export const waiveMilestoneUpdate = defineUpdate<PilotModelSnapshot, [WaiveMilestoneRequest]>('waiveMilestone');
export const terminatePilotModelUpdate = defineUpdate<PilotModelSnapshot, [TerminatePilotModelRequest]>('terminatePilotModel');
export const pilotModelStateQuery = defineQuery<PilotModelSnapshot>('pilotModelState');
