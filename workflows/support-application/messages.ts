import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
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
  /** Bumped on every change; projections apply a snapshot only if it is newer than what they hold. */
  seq: number;
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
export const councilConcludedSignal = defineSignal<[CouncilConclusion]>('councilConcluded');

/** Failure types of refused case updates, for the API's HTTP statuses (403, 409, 422). */
export const CaseRejection = {
  notOwner: 'NotOwner',
  invalidState: 'InvalidState',
  incomplete: 'Incomplete',
} as const;
