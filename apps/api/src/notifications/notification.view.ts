import { ApiProperty } from '@nestjs/swagger';
import type { Language } from '../problem/language';

/** A notifications row as the inbox reads it (raw SQL: snake-case columns). */
export interface NotificationRow {
  id: string;
  kind: string;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  link: string | null;
  subject_type: string | null;
  subject_id: string | null;
  due_at: Date | null;
  scheduled_for: Date;
  created_at: Date;
  read_at: Date | null;
}

export class NotificationSubjectView {
  @ApiProperty({ example: 'application' }) type!: string;
  @ApiProperty({ example: '7d0c6f0e-3b9a-4f53-9f77-1f1a3c0e2b11' }) id!: string;
}

/** One notification in the caller's language (Accept-Language; Vietnamese by default). */
export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'reminder', description: 'reminder, due-today, escalation, decision, supplement-requested, deadline-changed, yearly-report, certificate-expiry, inspection-notice, task-assigned, council-convened, audit-trail-broken, task-cancelled' })
  kind!: string;
  @ApiProperty({ example: 'Nhắc hạn: còn 3 ngày làm việc – Thẩm định hồ sơ' }) title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://nscl.example.gov.vn/applications/7d0c6f0e-3b9a-4f53-9f77-1f1a3c0e2b11' }) link!: string | null;
  @ApiProperty({ nullable: true, type: NotificationSubjectView }) subject!: NotificationSubjectView | null;
  @ApiProperty({ nullable: true, type: String, description: 'Hạn xử lý (24:00 giờ Việt Nam) · deadline the notification is about' }) dueAt!: string | null;
  @ApiProperty({ description: 'Thời điểm sự kiện trong quy trình · the workflow time of the event' }) scheduledFor!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() read!: boolean;
  @ApiProperty({ nullable: true, type: String }) readAt!: string | null;

  static of(row: NotificationRow, language: Language): NotificationView {
    return Object.assign(new NotificationView(), {
      id: row.id,
      kind: row.kind,
      title: language === 'en' ? row.title_en : row.title_vi,
      body: language === 'en' ? row.body_en : row.body_vi,
      link: row.link,
      subject: row.subject_type && row.subject_id ? { type: row.subject_type, id: row.subject_id } : null,
      dueAt: row.due_at?.toISOString() ?? null,
      scheduledFor: row.scheduled_for.toISOString(),
      createdAt: row.created_at.toISOString(),
      read: row.read_at !== null,
      readAt: row.read_at?.toISOString() ?? null,
    });
  }
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView] }) items!: NotificationView[];
  @ApiProperty({ example: 42 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
  @ApiProperty({ example: 3, description: 'Số thông báo chưa đọc · unread notifications of the caller' }) unreadCount!: number;
}

export const NOTIFICATION_COLUMNS = 'id, kind, title_vi, title_en, body_vi, body_en, link, subject_type, subject_id, due_at, scheduled_for, created_at, read_at';
