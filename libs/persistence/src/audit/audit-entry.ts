/** Who made a change: a signed-in user, or the system (a workflow, a timer) acting on its own. */
export interface AuditActor {
  /** User id, or 'system'. */
  id: string;
  /** Username, or what acted for the system (e.g. the workflow type). */
  name: string;
  /** The role the change was made in, or 'system'. */
  role: string;
}

/** What the product hands the audit trail for one state change or decision. */
export interface AuditEntry {
  actor: AuditActor;
  /** What happened, as a stable code, e.g. 'application.withdrawn'. */
  action: string;
  /** What it happened to, e.g. { type: 'application', id: <uuid> }. */
  subject: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  comment?: string | null;
  /** The HTTP request id, or `workflow/<workflowId>/activity/<activityId>` for changes made by a workflow. */
  requestId?: string | null;
}

/** One row of the chain, every field the hash covers, as it is stored. */
export interface AuditRowContent {
  /** bigint, as decimal text so no precision is ever lost. */
  seq: string;
  /** UTC, microseconds: the full precision of timestamptz, e.g. 2025-11-22T03:04:05.123456Z. */
  occurredAt: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  comment: string | null;
  requestId: string | null;
}
