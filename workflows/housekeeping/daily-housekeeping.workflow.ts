import { proxyActivities } from '@temporalio/workflow';
import type { HousekeepingActivities } from '../../activities/housekeeping/housekeeping.activities';
import { vietnamDateAt } from '../../libs/domain/src/deadlines/vietnam-time';
import type { HousekeepingReport } from './messages';

const { purgeDeadSignIns, verifyAuditTrail, tellAdministratorsTheAuditTrailBroke } = proxyActivities<HousekeepingActivities>({
  // A long audit trail takes a while to rehash; the check is read-only, so a retry is harmless.
  startToCloseTimeout: '30 minutes',
  retry: { maximumInterval: '10 minutes', maximumAttempts: 5 },
});

/**
 * Every night (libs/temporal/src/housekeeping-schedule.ts): sign-in records past any use are
 * deleted, and the audit trail's hash chain is recomputed; a broken chain is reported to every
 * administrator, in the app and by e-mail.
 */
export async function dailyHousekeepingWorkflow(): Promise<HousekeepingReport> {
  const checkedOn = vietnamDateAt(Date.now());
  const purged = await purgeDeadSignIns();
  const audit = await verifyAuditTrail();
  if (audit.ok) return { checkedOn, purged, auditTrail: audit };
  const { firstBrokenSeq, reason } = audit;
  const administratorsNotified = await tellAdministratorsTheAuditTrailBroke({ firstBrokenSeq, reason, checkedOn, scheduledFor: new Date(Date.now()).toISOString() });
  return { checkedOn, purged, auditTrail: { ...audit, administratorsNotified } };
}
