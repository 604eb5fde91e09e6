import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PlainDate } from '../../libs/domain/src/calendar/plain-date';
import { verifyAuditTrail } from '../../libs/persistence/src/audit/verify-audit-trail';
import { NotificationActivities } from '../notifications/notification.activities';

/** Kept a day past their use: a sign-in throttled now still sees its window, a session just expired still answers "expired". */
const KEEP_AFTER_USE = "interval '1 day'";

type AuditBreak = { firstBrokenSeq: number; reason: 'hash-mismatch' | 'previous-hash-mismatch' };

/** The nightly housekeeping (workflows/housekeeping): sign-in records and the audit trail. */
@Injectable()
export class HousekeepingActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationActivities,
  ) {}

  /**
   * Deletes refresh-token families none of whose tokens can be used any more (a family goes
   * whole, so reuse detection keeps its spent tokens while any of them lives) and failed sign-ins
   * older than any throttling window.
   */
  async purgeDeadSignIns(): Promise<{ refreshTokens: number; loginFailures: number }> {
    const [, refreshTokens] = (await this.dataSource.query(
      `DELETE FROM refresh_tokens WHERE family_id IN (
         SELECT family_id FROM refresh_tokens GROUP BY family_id HAVING max(expires_at) < now() - ${KEEP_AFTER_USE})`,
    )) as [unknown, number];
    const [, loginFailures] = (await this.dataSource.query(`DELETE FROM login_failures WHERE failed_at < now() - ${KEEP_AFTER_USE}`)) as [unknown, number];
    return { refreshTokens, loginFailures };
  }

  async verifyAuditTrail(): Promise<{ ok: true; checked: number } | ({ ok: false; checked: number } & AuditBreak)> {
    const result = await verifyAuditTrail(this.dataSource);
    return result.ok ? { ok: true, checked: result.checked } : { ok: false, checked: result.checked, firstBrokenSeq: result.firstBrokenSeq, reason: result.reason };
  }

  /** Every active administrator, once per break and day however often this is retried; returns how many. */
  async tellAdministratorsTheAuditTrailBroke(found: AuditBreak & { checkedOn: PlainDate; scheduledFor: string }): Promise<number> {
    const administrators = await this.dataSource.query<{ id: string; email: string | null }[]>(
      `SELECT id, email FROM users WHERE active AND 'administrator' = ANY (roles) ORDER BY username`,
    );
    for (const administrator of administrators) {
      await this.notifications.notify({
        dedupKey: `audit-trail-broken:${found.checkedOn}:${found.firstBrokenSeq}:${administrator.id}`,
        recipient: { userId: administrator.id, email: administrator.email ?? undefined },
        message: { kind: 'audit-trail-broken', firstBrokenSeq: found.firstBrokenSeq, reason: found.reason, checkedOn: found.checkedOn },
        scheduledFor: found.scheduledFor,
      });
    }
    return administrators.length;
  }
}
