import { ApiProperty } from '@nestjs/swagger';
import { AuditLogEntity } from '../../../../../libs/persistence/src/entities/audit/audit-log.entity';
import type { Language } from '../../problem/language';
import { timelineLabel } from './timeline-labels';

export class TimelineActorView {
  @ApiProperty({ description: 'Mã người dùng, hoặc "system" · user id, or "system"', example: 'system' }) id!: string;
  @ApiProperty({ description: 'Tên đăng nhập, hoặc tác nhân hệ thống · username, or the system agent', example: 'officer.tdc' }) name!: string;
  @ApiProperty({ description: 'Vai trò khi thực hiện · role acted in', example: 'department-officer' }) role!: string;
}

/** One step, decision, reminder or escalation of a case, as recorded in the audit trail. */
export class TimelineItemView {
  @ApiProperty({ description: 'Thời điểm · when' }) at!: string;
  @ApiProperty({ type: TimelineActorView }) actor!: TimelineActorView;
  @ApiProperty({ description: 'Mã hành động · action code', example: 'application.withdrawn' }) action!: string;
  @ApiProperty({ description: 'Tên hành động theo ngôn ngữ người gọi · action label in the caller’s language', example: 'Rút hồ sơ' }) label!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Bước diễn ra sự kiện · step the event happened at', example: 'intake' }) step!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Ghi chú, lý do · comment or reason' }) comment!: string | null;

  static of(row: AuditLogEntity, language: Language): TimelineItemView {
    return Object.assign(new TimelineItemView(), {
      at: row.occurredAt.toISOString(),
      actor: Object.assign(new TimelineActorView(), { id: row.actorId, name: row.actorName, role: row.actorRole }),
      action: row.action,
      label: timelineLabel(row.action)[language],
      // Where the case stood when the event happened; an event that opens the case has only an "after".
      step: stepOf(row.before) ?? stepOf(row.after),
      comment: row.comment,
    });
  }
}

export class ApplicationTimelineView {
  @ApiProperty({ type: [TimelineItemView], description: 'Cũ nhất trước · oldest first' }) items!: TimelineItemView[];
}

function stepOf(state: unknown): string | null {
  const step = state && typeof state === 'object' ? (state as { step?: unknown }).step : undefined;
  return typeof step === 'string' ? step : null;
}
