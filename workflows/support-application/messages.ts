import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** Input the API gives when a case starts. Money is whole VND. */
export interface SupportApplicationInput {
  applicationId: string;
  title: string;
  provinceCode: string;
  supportKind: string | null;
  requestedAmountVnd: number | null;
}

export type ApplicationStatus = 'submitted' | 'withdrawn';

export interface ApplicationSnapshot {
  applicationId: string;
  status: ApplicationStatus;
  step: string | null;
  /** Bumped on every change; projections apply a snapshot only if it is newer than what they hold. */
  seq: number;
}

export interface WithdrawRequest {
  reason: string;
}

/** The case's current state, as the workflow sees it. */
export const currentStateQuery = defineQuery<ApplicationSnapshot>('currentState');
/** Resolves once the case's read model is written, so the API can answer with it. */
export const recordedUpdate = defineUpdate<ApplicationSnapshot>('recorded');
export const withdrawUpdate = defineUpdate<ApplicationSnapshot, [WithdrawRequest]>('withdraw');
