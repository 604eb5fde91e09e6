import type { NotificationKind } from './notification-kind';
import type { ChannelName } from './notify-request';

/** A notifications row as the channels see it: already rendered, in both languages. */
export interface StoredNotification {
  id: string;
  dedupKey: string;
  kind: NotificationKind;
  recipientUserId: string | null;
  recipientDepartmentCode: string | null;
  recipientEmail: string | null;
  channels: ChannelName[];
  subjectType: string | null;
  subjectId: string | null;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
  /** Absolute URL of the page to act on. */
  link: string | null;
  dueAt: Date | null;
  scheduledFor: Date;
  createdAt: Date;
  readAt: Date | null;
}
