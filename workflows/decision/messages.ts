import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { LocalizedText } from '../../libs/domain/src/errors/domain-error';
import type { SupportCap } from '../../libs/domain/src/policies/cap-in-force';
import type { ReminderPolicy } from '../../libs/domain/src/procedures/reminder-policy';
import type { TimeLimit } from '../../libs/domain/src/procedures/time-limit';

/** Who must act on a step: one user, anyone of a department or role, or a council's secretary. */
export interface Assignee {
  kind: 'user' | 'department' | 'role' | 'council' | 'enterprise';
  id: string;
}

/** The signed-in person behind a request, as the API authenticated them. */
export interface Actor {
  userId: string;
  username: string;
  roles: string[];
  provinceCode: string | null;
  departmentCode?: string;
  enterpriseId?: string;
  councilIds: string[];
}

export interface OutcomeOption {
  code: string;
  label: LocalizedText;
  requiresComment?: boolean;
}

export interface DecisionSubject {
  type: 'application' | 'pilot-model';
  id: string;
  title: string;
  provinceCode: string;
}

export interface DecisionTaskInput {
  taskId: string;
  subject: DecisionSubject;
  step: { code: string; name: LocalizedText };
  assignee: Assignee;
  outcomes: OutcomeOption[];
  /** Null for a step with no time limit (no reminders either). */
  timeLimit: TimeLimit | null;
  /** Working days already spent on this step before its clock was stopped (supplement loop). */
  usedWorkingDays?: number;
  reminders: ReminderPolicy;
  /** Where escalations go: the acting unit's head and the programme manager. */
  escalation: { unitHead?: Assignee; manager?: Assignee };
  /** When set, the step decides itself with this outcome once its deadline passes (e.g. a lapsed supplement). */
  lapseOutcome?: string;
  /** Facts an outcome must carry in `data`, checked before the decision is accepted. */
  requiredData?: RequiredDatum[];
  /** Limits on extensions (the one-extension rule of implementation): how many, how long, how early. */
  extensionRules?: ExtensionRules;
}

export interface ExtensionRules {
  maxExtensions: number;
  /** The longest extension in calendar days. */
  maxCalendarDays: number;
  /** Requests must come at least this many calendar days before the due date. */
  requestAtLeastDaysBefore: number;
}

/** Sent to the parent workflow whenever the task's due date is set or moved, so the case can show it. */
export interface TaskDueDate {
  taskId: string;
  dueDate: string | null;
}

/** e.g. budget appraisal's 'approved' needs `approvedAmountVnd`, a whole VND amount no higher than the caps allow. */
export interface RequiredDatum {
  outcome: string;
  field: string;
  /** 'contract-terms' checks the whole `data` as a signed contract (libs/domain/src/implementation). */
  kind: 'vnd' | 'date' | 'months' | 'contract-terms';
  /** Upper bound for 'vnd' and 'months'; the approved amount for 'contract-terms'. */
  max?: number;
  /** For 'vnd': the support cap in force, whose refusal names the cap and its legal basis. */
  cap?: SupportCap;
}

export interface DecisionRequest {
  actor: Actor;
  outcome: string;
  comment?: string;
  data?: Record<string, unknown>;
}

export interface DecisionResult {
  taskId: string;
  outcome: string;
  comment: string | null;
  data: Record<string, unknown>;
  decidedBy: { userId: string; username: string };
  decidedAt: string;
  dueDate: string | null;
  /** Working days the step took, for a clock resumed later and for turnaround statistics. */
  usedWorkingDays: number;
}

export interface ExtensionRequest {
  actor: Actor;
  amount: number;
  unit: 'working' | 'calendar';
  reason: string;
}

export interface ReassignRequest {
  actor: Actor;
  to: Assignee;
  reason?: string;
}

export interface TaskState {
  taskId: string;
  status: 'open' | 'decided' | 'cancelled';
  assignee: Assignee;
  claimedBy: string | null;
  dueDate: string | null;
  dueAt: string | null;
  remindersSent: string[];
  extensions: { amount: number; unit: string; reason: string; by: string; newDueDate: string }[];
}

/** Failure types the API maps to HTTP statuses (409, 403, 422). */
export const DecisionRejection = {
  alreadyDecided: 'AlreadyDecided',
  notAssignee: 'NotAssignee',
  outcomeNotAllowed: 'OutcomeNotAllowed',
  commentRequired: 'CommentRequired',
  notManager: 'NotManager',
  invalidRequest: 'InvalidRequest',
} as const;

export const taskDueDateSignal = defineSignal<[TaskDueDate]>('taskDueDate');
export const decideUpdate = defineUpdate<DecisionResult, [DecisionRequest]>('decide');
export const claimUpdate = defineUpdate<TaskState, [{ actor: Actor }]>('claim');
export const extendUpdate = defineUpdate<TaskState, [ExtensionRequest]>('extend');
export const reassignUpdate = defineUpdate<TaskState, [ReassignRequest]>('reassign');
export const taskStateQuery = defineQuery<TaskState>('taskState');
