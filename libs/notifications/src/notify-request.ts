import type { NotificationMessage, NotificationSubject } from './notification-message';

/** The ways a notification reaches someone. 'sms' is reserved: a channel plugs in behind the same interface. */
export const CHANNEL_NAMES = ['in-app', 'email', 'sms'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** At least one of them; a user id also gives the user's e-mail address when `email` is absent. */
export interface NotificationRecipient {
  userId?: string;
  /** A department's shared inbox, e.g. 'thanh-hoa/chi-cuc-tdc' (used when no one person is assigned). */
  departmentCode?: string;
  email?: string;
}

/** What a workflow asks the `notify` activity to do. JSON only: it travels as an activity argument. */
export interface NotifyRequest {
  /**
   * One notification per key, however often the activity runs: e.g. `${taskId}:reminder:before-3`.
   * Keys must be stable across workflow replays and retries (no random parts, no wall-clock time).
   */
  dedupKey: string;
  recipient: NotificationRecipient;
  message: NotificationMessage;
  subject?: NotificationSubject;
  /** The workflow time the event belongs to (`new Date(Date.now()).toISOString()` inside the workflow). */
  scheduledFor: string;
  /** Defaults to in-app and e-mail. */
  channels?: ChannelName[];
  /** Path below PUBLIC_BASE_URL; defaults to the subject's page (see templates/notification-link.ts). */
  linkPath?: string;
}

/** How one channel fared. */
export interface DeliveryResult {
  channel: ChannelName;
  /**
   * delivered: done now · already-delivered: an earlier attempt did it · skipped: not applicable
   * or not configured · failed: refused for good · uncertain: may or may not have left (see
   * email/email-channel.ts); never retried automatically, flagged for review.
   */
  status: 'delivered' | 'already-delivered' | 'skipped' | 'failed' | 'uncertain';
  detail?: string;
  messageId?: string;
}

export interface NotifyResult {
  notificationId: string;
  /** False when the dedup key was already known: the first notification is kept, unchanged. */
  created: boolean;
  deliveries: DeliveryResult[];
}
