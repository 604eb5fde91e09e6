import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { COUNCIL_KIND_LABELS, type CouncilKind } from '../../libs/domain/src/councils/council-kinds';
import { NotificationActivities } from '../notifications/notification.activities';

/**
 * Notices of the councils the API convenes. Only `noticeToCouncilMembers` is a method here:
 * every method of an activity provider becomes an activity.
 */
@Injectable()
export class CouncilNoticeActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationActivities,
  ) {}

  /**
   * Each member on the council's roll hears they were convened: the council, the case, the meeting
   * date, a link to /councils/{id}. One notification per member and council, however often retried.
   * Fails (retryable) while the council cannot be read: its transaction may not have committed yet.
   */
  async noticeToCouncilMembers({ councilId, convenedAt }: { councilId: string; convenedAt: string }): Promise<number> {
    const [council] = await this.dataSource.query<{ kind: CouncilKind; meeting_date: string | null; application_id: string; title: string | null }[]>(
      `SELECT c.kind, to_char(c.meeting_date, 'YYYY-MM-DD') AS meeting_date, c.application_id, a.title
       FROM councils c LEFT JOIN applications a ON a.id = c.application_id WHERE c.id = $1`,
      [councilId],
    );
    if (!council) throw ApplicationFailure.retryable(`Council ${councilId} is not readable (yet)`, 'CouncilNotFound');
    const members = await this.dataSource.query<{ user_id: string; email: string | null }[]>(
      `SELECT m.user_id, u.email FROM council_members m JOIN users u ON u.id = m.user_id WHERE m.council_id = $1 AND u.active ORDER BY u.username`,
      [councilId],
    );
    for (const member of members) {
      await this.notifications.notify({
        dedupKey: `council:${councilId}:convened:${member.user_id}`,
        recipient: { userId: member.user_id, email: member.email ?? undefined },
        message: { kind: 'council-convened', council: COUNCIL_KIND_LABELS[council.kind], ...(council.meeting_date ? { meetingDate: council.meeting_date } : {}) },
        subject: { type: 'application', id: council.application_id, label: council.title ?? council.application_id },
        scheduledFor: convenedAt,
        linkPath: `/councils/${encodeURIComponent(councilId)}`,
      });
    }
    return members.length;
  }
}
