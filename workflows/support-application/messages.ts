import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { FundingTranche } from '../../libs/domain/src/implementation/contract-terms';
import type { Actor } from '../decision/messages';

/** Input the API gives when an enterprise opens a case (a draft). Money is whole VND. */
export interface SupportApplicationInput {
  applicationId: string;
  title: string;
  provinceCode: string;
  /** The enterprise the case belongs to; only its users may edit, submit, supplement or withdraw it. */
  enterpriseId: string | null;
  /** For finding the case in the Temporal UI by the enterprise's tax code (mã số thuế). */
  enterpriseTaxCode?: string | null;
  supportKind: string | null;
  requestedAmountVnd: number | null;
  /** The sponsoring department (sở, ngành) that selected and guides the enterprise: it endorses the case. */
  sponsoringDepartmentCode: string | null;
  createdBy: Actor | null;
}

export type ApplicationStatus = 'draft' | 'in-progress' | 'closed' | 'withdrawn' | 'rejected' | 'terminated';

/** One decision the case went through, as the workflow remembers it. */
export interface StepRecord {
  step: string;
  taskId: string;
  outcome: string;
  decidedBy: string;
  decidedAt: string;
  comment: string | null;
}

export interface ApplicationSnapshot {
  applicationId: string;
  status: ApplicationStatus;
  step: string | null;
  /** Open decision task of the current step, if any, and its due date once the task has computed it. */
  taskId: string | null;
  dueDate: string | null;
  /** The procedure version the case runs under, captured at submission. */
  procedure: { code: string; version: string } | null;
  /** Who may act now, in words: the step's allowed outcomes. */
  allowedOutcomes: string[];
  approvedAmountVnd: number | null;
  refundOrdered: boolean;
  history: StepRecord[];
  /** Tranches, milestones, progress and inspections once a contract is signed (not for a pilot model, which has its own). */
  implementation: ImplementationSnapshot | null;
  /** Bumped on every change; projections apply a snapshot only if it is newer than what they hold. */
  seq: number;
}

/** The implementation phase of a case under contract (process.md §A step 8). */
export interface ImplementationSnapshot {
  endDate: string;
  tranches: FundingTranche[];
  milestones: ImplementationMilestone[];
  progress: ProgressEntry[];
  inspections: Inspection[];
}

export interface ImplementationMilestone {
  id: string;
  title: string;
  dueDate: string;
  status: 'open' | 'done';
  /** The enterprise's clock on it (a decision task with reminders and escalation), while open. */
  taskId: string | null;
  doneAt: string | null;
}

export interface ProgressEntry {
  at: string;
  by: string;
  milestoneId: string | null;
  note: string;
  done: boolean;
  documentIds: string[];
}

export interface Inspection {
  date: string;
  noticeSentAt: string | null;
  /** The findings task of Sở KH&CN, once the inspection day has come. */
  taskId: string | null;
  outcome: string | null;
  findings: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** A progress report by the enterprise; with `done`, the milestone it names is finished. */
export interface ProgressReport {
  actor: Actor;
  milestoneId?: string;
  note: string;
  done?: boolean;
  documentIds?: string[];
}

export interface DraftChanges {
  actor: Actor;
  title?: string;
  supportKind?: string | null;
  requestedAmountVnd?: number | null;
  sponsoringDepartmentCode?: string | null;
}

export interface WithdrawRequest {
  actor?: Actor;
  reason: string;
}

/** A council's computed result (libs/domain/src/councils), sent by the API when its secretary closes it. */
export interface CouncilConclusion {
  councilId: string;
  kind: 'identification' | 'selection' | 'budget-appraisal' | 'acceptance';
  /** The outcome code the council's rules gave, e.g. 'thuc-hien', 'selected', 'xuat-sac'. */
  outcome: string;
  /** The rule-by-rule computation, for the record (identification: `mode`; appraisal: `maxVnd`). */
  detail: Record<string, unknown>;
  closedBy: { userId: string; username: string };
  closedAt: string;
}

/** The case's current step, due date and allowed actions, as the workflow sees it. */
export const currentStateQuery = defineQuery<ApplicationSnapshot>('currentState');
/** Resolves once the case's read model is written, so the API can answer with it. */
export const recordedUpdate = defineUpdate<ApplicationSnapshot>('recorded');
export const editDraftUpdate = defineUpdate<ApplicationSnapshot, [DraftChanges]>('editDraft');
export const submitUpdate = defineUpdate<ApplicationSnapshot, [{ actor: Actor }]>('submit');
export const withdrawUpdate = defineUpdate<ApplicationSnapshot, [WithdrawRequest]>('withdraw');
export const reportProgressUpdate = defineUpdate<ApplicationSnapshot, [ProgressReport]>('reportProgress');
export const councilConcludedSignal = defineSignal<[CouncilConclusion]>('councilConcluded');

/** Failure types of refused case updates, for the API's HTTP statuses (403, 409, 422). */
export const CaseRejection = {
  notOwner: 'NotOwner',
  invalidState: 'InvalidState',
  incomplete: 'Incomplete',
  /** PostgreSQL refused the data (activities/unrecordable-input.ts); the change was undone. */
  unrecordable: 'Unrecordable',
} as const;
