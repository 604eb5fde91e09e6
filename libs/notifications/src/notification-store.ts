import { randomUUID } from 'node:crypto';
import type { NotificationKind } from './notification-kind';
import type { ChannelName } from './notify-request';
import { rows, type SqlRunner } from './sql-runner';
import type { StoredNotification } from './stored-notification';

export type NewNotification = Omit<StoredNotification, 'id' | 'createdAt' | 'readAt'>;

interface NotificationRow {
  id: string;
  dedup_key: string;
  kind: NotificationKind;
  recipient_user_id: string | null;
  recipient_department_code: string | null;
  recipient_email: string | null;
  channels: ChannelName[];
  subject_type: string | null;
  subject_id: string | null;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  link: string | null;
  due_at: Date | null;
  scheduled_for: Date;
  created_at: Date;
  read_at: Date | null;
}

const COLUMNS = `id, dedup_key, kind, recipient_user_id, recipient_department_code, recipient_email, channels, subject_type, subject_id,
  title_vi, title_en, body_vi, body_en, link, due_at, scheduled_for, created_at, read_at`;

/** The notifications table, as the `notify` activity writes it: one row per dedup key, first write wins. */
export class NotificationStore {
  constructor(private readonly db: SqlRunner) {}

  async insertOnce(notification: NewNotification): Promise<{ notification: StoredNotification; created: boolean }> {
    const n = notification;
    const [inserted] = await rows<NotificationRow>(
      this.db,
      `INSERT INTO notifications (id, dedup_key, kind, recipient_user_id, recipient_department_code, recipient_email, channels, subject_type, subject_id,
         title_vi, title_en, body_vi, body_en, link, due_at, scheduled_for)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (dedup_key) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        randomUUID(),
        n.dedupKey,
        n.kind,
        n.recipientUserId,
        n.recipientDepartmentCode,
        n.recipientEmail,
        n.channels,
        n.subjectType,
        n.subjectId,
        n.titleVi,
        n.titleEn,
        n.bodyVi,
        n.bodyEn,
        n.link,
        n.dueAt,
        n.scheduledFor,
      ],
    );
    if (inserted) return { notification: fromRow(inserted), created: true };
    const [existing] = await rows<NotificationRow>(this.db, `SELECT ${COLUMNS} FROM notifications WHERE dedup_key = $1`, [n.dedupKey]);
    if (!existing) throw new Error(`Notification ${n.dedupKey} conflicted but cannot be read back`);
    return { notification: fromRow(existing), created: false };
  }

  /** The address of an active user, if the user has one. */
  async emailOfUser(userId: string): Promise<string | null> {
    const [user] = await rows<{ email: string | null }>(this.db, `SELECT email FROM users WHERE id = $1 AND active`, [userId]);
    return user?.email ?? null;
  }
}

function fromRow(row: NotificationRow): StoredNotification {
  return {
    id: row.id,
    dedupKey: row.dedup_key,
    kind: row.kind,
    recipientUserId: row.recipient_user_id,
    recipientDepartmentCode: row.recipient_department_code,
    recipientEmail: row.recipient_email,
    channels: row.channels,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    titleVi: row.title_vi,
    titleEn: row.title_en,
    bodyVi: row.body_vi,
    bodyEn: row.body_en,
    link: row.link,
    dueAt: row.due_at,
    scheduledFor: row.scheduled_for,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
