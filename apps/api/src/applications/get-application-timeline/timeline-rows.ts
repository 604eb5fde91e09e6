/** The audit-row facts the timeline reads. */
export interface TimelineRow {
  readonly actorId: string;
  readonly actorRole: string;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface TimelineEntry<R extends TimelineRow> {
  readonly row: R;
  readonly step: string | null;
  readonly actorRole: string;
}

const STEP_ACTION = /^step\.([a-z0-9-]+)\.([a-z0-9-]+)$/;
/** The role the case workflow wrote before it knew the decider's role. */
const PLACEHOLDER_ROLE = 'user';

/**
 * The case's audit rows as a person reads them (oldest first). The trail keeps every row; the
 * timeline tells each thing once:
 * - a `step.X.…` row happened at step X (the case's previous step is still in its "before");
 * - a decision is the case's `step.X.<outcome>` row: the task's own `task.decided` row is the same decision;
 * - a task that ended because its step was decided elsewhere (a council's conclusion) was not
 *   "cancelled": its `task.cancelled` row is left out when a decision on that step follows;
 * - an actor keeps one role: rows the workflow wrote with the placeholder role take the role the
 *   same person acted in on the case's other rows.
 * Pure, so past cases (whose histories cannot change) read right too.
 */
export function timelineEntries<R extends TimelineRow>(rows: readonly R[]): TimelineEntry<R>[] {
  const steps = rows.map(stepOfRow);
  const decidedLater = (index: number, step: string | null) =>
    step !== null && rows.some((row, later) => later > index && STEP_ACTION.exec(row.action)?.[1] === step && STEP_ACTION.exec(row.action)?.[2] !== 'opened');
  const roles = new Map<string, string>();
  for (const row of rows) {
    if (row.actorRole !== PLACEHOLDER_ROLE && row.actorRole !== 'system' && !roles.has(row.actorId)) roles.set(row.actorId, row.actorRole);
  }
  const entries: TimelineEntry<R>[] = [];
  rows.forEach((row, index) => {
    const step = steps[index] ?? null;
    if ((row.action === 'task.decided' || row.action === 'task.cancelled') && decidedLater(index, step)) return;
    entries.push({ row, step, actorRole: row.actorRole === PLACEHOLDER_ROLE ? (roles.get(row.actorId) ?? row.actorRole) : row.actorRole });
  });
  return entries;
}

function stepOfRow(row: TimelineRow): string | null {
  const named = STEP_ACTION.exec(row.action)?.[1];
  if (named) return named;
  // Where the case stood when the event happened; an event that opens the case has only an "after".
  return stepOf(row.before) ?? stepOf(row.after);
}

function stepOf(state: unknown): string | null {
  const step = state && typeof state === 'object' ? (state as { step?: unknown }).step : undefined;
  return typeof step === 'string' ? step : null;
}
