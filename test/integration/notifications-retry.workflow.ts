// A tiny workflow for notifications-delivery.test.ts: runs the real `notify` activity with a retry
// policy, so Temporal itself retries it after an injected failure.
import { proxyActivities } from '@temporalio/workflow';
import type { NotificationActivities } from '../../activities/notifications/notification.activities';
import type { NotifyRequest, NotifyResult } from '../../libs/notifications/src/notify-request';

const { notify } = proxyActivities<Pick<NotificationActivities, 'notify'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 1, maximumAttempts: 6 },
});

export async function notifyWithRetries(request: NotifyRequest): Promise<NotifyResult> {
  return notify(request);
}
