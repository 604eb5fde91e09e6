import type { PlainDate } from '../../libs/domain/src/calendar/plain-date';

/** What one daily housekeeping run did. */
export interface HousekeepingReport {
  checkedOn: PlainDate;
  purged: { refreshTokens: number; loginFailures: number };
  auditTrail: { ok: true; checked: number } | { ok: false; checked: number; firstBrokenSeq: number; reason: 'hash-mismatch' | 'previous-hash-mismatch'; administratorsNotified: number };
}
