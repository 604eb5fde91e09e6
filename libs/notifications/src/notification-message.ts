import type { PlainDate } from '../../domain/src/calendar/plain-date';
import type { LocalizedText } from '../../domain/src/errors/domain-error';

/**
 * The facts a notification states, one shape per kind. Plain JSON (ISO strings, no Date) so a
 * workflow can pass it to the `notify` activity; the templates turn it into words.
 * `dueAt` is an instant as `DueDate.dueAt` gives it: 24:00 Vietnam time of the last day.
 */
export type NotificationMessage =
  | { kind: 'reminder'; step: LocalizedText; dueAt: string; workingDaysLeft: number }
  | { kind: 'due-today'; step: LocalizedText; dueAt: string }
  | { kind: 'escalation'; step: LocalizedText; dueAt: string; overdueWorkingDays: number; assigneeName?: string }
  | { kind: 'decision'; step: LocalizedText; outcome: LocalizedText; comment?: string }
  | { kind: 'supplement-requested'; step: LocalizedText; reason?: string; dueAt?: string }
  | { kind: 'deadline-changed'; step: LocalizedText; dueAt: string; previousDueAt?: string; reason?: string }
  | { kind: 'yearly-report'; year: number; dueAt: string; overdue?: boolean }
  | { kind: 'certificate-expiry'; certificate: string; expiresOn: PlainDate }
  | { kind: 'inspection-notice'; inspectionDate: PlainDate }
  /** A decision task reached someone's inbox: at opening, or to the new assignee of a reassignment. */
  | { kind: 'task-assigned'; step: LocalizedText; dueAt?: string; reassigned?: boolean }
  /** A council was convened with the recipient on its roll. */
  | { kind: 'council-convened'; council: LocalizedText; meetingDate?: PlainDate }
  | { kind: 'audit-trail-broken'; firstBrokenSeq: number; reason: 'hash-mismatch' | 'previous-hash-mismatch'; checkedOn: PlainDate }
  /** A decider's task closed without them: another decider of the same step decided it (e.g. returned it). */
  | { kind: 'task-cancelled'; step: LocalizedText; decidedBy: string; outcome: LocalizedText; comment?: string };

/** The case (or other record) a notification is about. */
export interface NotificationSubject {
  /** 'application', 'pilot-model', 'council', 'plan', 'department-report', … */
  type: string;
  id: string;
  /** What people call it: the application's title or code, the enterprise's name. */
  label?: string;
}
