import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { buildNotifier, type NotifierSettings } from '../../libs/notifications/src/build-notifier';
import { RetryableDeliveryError } from '../../libs/notifications/src/channels/notification-channel';
import { InvalidNotifyRequest, type Notifier } from '../../libs/notifications/src/notifier';
import type { NotifyRequest, NotifyResult } from '../../libs/notifications/src/notify-request';
import { NOTIFICATION_SETTINGS, notificationSettingsFromEnvironment } from './notification-settings';

/**
 * Notifications for workflows: `notify` stores the in-app notification (one per dedup key) and
 * sends the e-mail at most once (libs/notifications/src/email/email-channel.ts), however often
 * Temporal retries it. Only `notify` is a method here: every method of an activity provider
 * becomes an activity.
 */
@Injectable()
export class NotificationActivities {
  private readonly notifier: Notifier;

  constructor(@InjectDataSource() dataSource: DataSource, @Optional() @Inject(NOTIFICATION_SETTINGS) settings?: NotifierSettings) {
    this.notifier = buildNotifier(dataSource, settings ?? notificationSettingsFromEnvironment());
  }

  /**
   * Fails without retry for a request that can never succeed; fails with retry when a channel
   * hit a passing failure (the retry finds done channels done), with the delay it asked for.
   */
  async notify(request: NotifyRequest): Promise<NotifyResult> {
    try {
      return await this.notifier.notify(request);
    } catch (error) {
      if (error instanceof InvalidNotifyRequest) throw ApplicationFailure.create({ type: error.name, message: error.message, nonRetryable: true });
      if (error instanceof RetryableDeliveryError) throw ApplicationFailure.create({ type: error.name, message: error.message, nextRetryDelay: error.retryAfterMs });
      throw error;
    }
  }
}
