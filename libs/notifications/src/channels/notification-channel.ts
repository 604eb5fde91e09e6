import type { ChannelName, DeliveryResult } from '../notify-request';
import type { StoredNotification } from '../stored-notification';

/**
 * One way of reaching people. `deliver` must be idempotent per notification: Temporal retries
 * the activity that calls it. Throw `RetryableDeliveryError` for a failure worth another attempt;
 * return a result for everything else.
 */
export interface NotificationChannel {
  readonly name: ChannelName;
  deliver(notification: StoredNotification): Promise<DeliveryResult>;
}

/** A passing failure (server busy, connection refused): the caller should try again later. */
export class RetryableDeliveryError extends Error {
  constructor(
    message: string,
    /** When a later attempt makes sense; undefined leaves it to the retry policy. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'RetryableDeliveryError';
  }
}
