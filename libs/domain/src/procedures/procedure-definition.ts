import type { LocalizedText } from '../errors/domain-error';
import type { Role } from '../identity/role';
import type { DepartmentCapability } from '../organisation/department';
import type { CouncilRulesData } from './council-rules-data';
import type { ImplementationRules } from './implementation-rules';
import type { ItemGroup } from './item-groups';
import type { ReminderPolicy } from './reminder-policy';
import type { StepDeciders } from './step-deciders';
import type { TimeLimit } from './time-limit';

/** A calendar date as `YYYY-MM-DD`. */
export type ProcedureDate = string;

/** Where a case ends (process.md §A step 11). */
export const TERMINAL_STATES = ['closed', 'withdrawn', 'rejected', 'terminated'] as const;
export type TerminalState = (typeof TERMINAL_STATES)[number];

export function isTerminalState(value: string): value is TerminalState {
  return (TERMINAL_STATES as readonly string[]).includes(value);
}

/** The same four kinds as ../councils (kept here as plain data so a definition stands alone). */
export const PROCEDURE_COUNCIL_KINDS = ['identification', 'selection', 'budget-appraisal', 'acceptance'] as const;
export type ProcedureCouncilKind = (typeof PROCEDURE_COUNCIL_KINDS)[number];

export const ACTOR_KINDS = ['department', 'enterprise', 'council', 'role'] as const;

/**
 * Who acts on a step:
 * - `department` with a `capability` — the province's department holding it ('intake' = the
 *   standing office, Chi cục TĐC);
 * - `enterprise` — the applicant;
 * - `council` with a `councilKind` — its secretary convenes it, its members vote;
 * - `role` with a `role` — any holder of that role in the province.
 */
export type StepActor =
  | { readonly kind: 'department'; readonly capability: DepartmentCapability }
  | { readonly kind: 'enterprise' }
  | { readonly kind: 'council'; readonly councilKind: ProcedureCouncilKind }
  | { readonly kind: 'role'; readonly role: Role };

export interface StepOutcome {
  readonly code: string;
  readonly label: LocalizedText;
  /** A step code of the same definition, or a terminal state. */
  readonly next: string;
  readonly requiresComment?: boolean;
  /**
   * The step's clock stops while the applicant answers, and restarts with the days already used
   * when the case comes back (calendar.md: request for supplement).
   */
  readonly pausesClock?: boolean;
  /** Taken by the engine, never by a person (e.g. when a supplement lapses). */
  readonly automatic?: boolean;
}

/** A deliverable the step waits for before its actor decides (pilot-model steps). */
export interface StepSubmission {
  readonly by: StepActor;
  readonly deliverable: LocalizedText;
  /** From the step's start to the submission; `null` when set by the case (e.g. plan milestones). */
  readonly timeLimit: TimeLimit | null;
  /** Groups of catalogue items the deliverable must combine, each with its minimum (áp dụng đồng bộ). */
  readonly itemGroups?: readonly ItemGroup[];
}

/** A partial deadline inside a step, counted from a named event. */
export interface SubDeadline {
  readonly code: string;
  readonly label: LocalizedText;
  readonly limit: TimeLimit;
  /** Bounds: 'at-most' after the event (default) or 'at-least' before it (papers before a meeting). */
  readonly bound?: 'at-most' | 'at-least';
  /** The event it counts from, e.g. 'step-start', 'meeting', 'council-formed', 'request'. */
  readonly from: string;
}

export interface ProcedureStep {
  /** Unique within the definition: 'intake', 'supplement', 'endorsement', … */
  readonly code: string;
  /** Position in the normal flow; unique within the definition. */
  readonly order: number;
  readonly name: LocalizedText;
  readonly actor: StepActor;
  /** Several deciders, each with a task opened at once, and how their decisions combine; `actor` is one of them (the lead). */
  readonly deciders?: StepDeciders;
  /** Others whose opinion the actor takes (e.g. the sponsoring department on a pilot selection). */
  readonly consulted?: readonly StepActor[];
  readonly submission?: StepSubmission;
  readonly outcomes: readonly StepOutcome[];
  /** Time the actor has to decide, from the step's start (or from the submission, when there is one). */
  readonly timeLimit: TimeLimit | null;
  /** When `timeLimit` is null because the due date comes from the case itself. */
  readonly dueBy?: 'contract-end' | 'plan-milestones';
  /** The outcome the engine takes when `timeLimit` runs out (instead of escalating). */
  readonly onLapse?: string;
  /** Earlier steps a return outcome may send the case back to. */
  readonly returnableTo?: readonly string[];
  readonly subDeadlines?: readonly SubDeadline[];
  /** A child process run during this step for cases of a given support kind. */
  readonly childProcedure?: { readonly code: string; readonly forSupportKind: string };
}

/**
 * One version of a procedure. A case keeps the version in force on the day it started
 * (`effectiveFrom ≤ day < effectiveTo`), even after a newer version takes effect.
 */
export interface ProcedureDefinition {
  /** 'nscl' or 'pilot-model'. */
  readonly code: string;
  readonly version: string;
  readonly name: LocalizedText;
  readonly effectiveFrom: ProcedureDate;
  /** First day no longer in force (exclusive); absent while current. */
  readonly effectiveTo?: ProcedureDate;
  readonly steps: readonly ProcedureStep[];
  readonly reminders: ReminderPolicy;
  /** Council figures of this version; the rules that use them are in ../councils. */
  readonly councilRules: CouncilRulesData;
  readonly implementationRules?: ImplementationRules;
}
