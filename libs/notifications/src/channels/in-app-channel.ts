import type { DeliveryResult } from '../notify-request';
import type { StoredNotification } from '../stored-notification';
import type { NotificationChannel } from './notification-channel';

/** The in-app inbox is the notifications row itself: once stored, it is delivered (GET /notifications). */
export class InAppChannel implements NotificationChannel {
  readonly name = 'in-app' as const;

  async deliver(notification: StoredNotification): Promise<DeliveryResult> {
    if (!notification.recipientUserId && !notification.recipientDepartmentCode) {
      return { channel: this.name, status: 'skipped', detail: 'no user or department to show it to' };
    }
    return { channel: this.name, status: 'delivered' };
  }
}
