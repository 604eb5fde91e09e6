import { ApiProperty } from '@nestjs/swagger';
import { AuditLogEntity } from '../../../../../libs/persistence/src/entities/audit/audit-log.entity';
import type { Language } from '../../problem/language';
import { timelineLabel } from './timeline-labels';
import type { TimelineEntry } from './timeline-rows';

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

  static of({ row, step, actorRole }: TimelineEntry<AuditLogEntity>, language: Language): TimelineItemView {
    return Object.assign(new TimelineItemView(), {
      at: row.occurredAt.toISOString(),
      actor: Object.assign(new TimelineActorView(), { id: row.actorId, name: row.actorName, role: actorRole }),
      action: row.action,
      label: timelineLabel(row.action)[language],
      step,
      comment: row.comment,
    });
  }
}

export class ApplicationTimelineView {
  @ApiProperty({ type: [TimelineItemView], description: 'Cũ nhất trước · oldest first' }) items!: TimelineItemView[];
}
