/** What a notification is about; each kind has its own template (templates/render-notification.ts). */
export const NOTIFICATION_KINDS = [
  'reminder',
  'due-today',
  'escalation',
  'decision',
  'supplement-requested',
  'deadline-changed',
  'yearly-report',
  'certificate-expiry',
  'inspection-notice',
  'task-assigned',
  'council-convened',
  'audit-trail-broken',
  'task-cancelled',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
