import { DynamicModule, Module } from '@nestjs/common';
import { loadEnvironment, type Environment } from '../../../../libs/config/src/environment';
import { DEV_MAIL_DIR, DevMailController } from './dev-mail/dev-mail.controller';
import { ListNotificationsController } from './list-notifications/list-notifications.controller';
import { ReadNotificationController } from './read-notification/read-notification.controller';
import { UnreadCountController } from './unread-count/unread-count.controller';

export interface NotificationsModuleOptions {
  /** The embedded SMTP sink's folder; when set, GET /dev/mail lists what it received. Never in production. */
  devMailDir?: string;
}

/** The caller's inbox (GET /notifications, POST /notifications/{id}/read) and, in development, the sink's mail. */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsModuleOptions = notificationsOptionsOf(loadEnvironment())): DynamicModule {
    const devMail = options.devMailDir !== undefined;
    return {
      module: NotificationsModule,
      // unread-count before :id routes of the same prefix.
      controllers: [UnreadCountController, ListNotificationsController, ReadNotificationController, ...(devMail ? [DevMailController] : [])],
      providers: devMail ? [{ provide: DEV_MAIL_DIR, useValue: options.devMailDir }] : [],
    };
  }
}

/** GET /dev/mail only outside production, and only when the launcher runs the SMTP sink (SMTP_SINK_DIR). */
export function notificationsOptionsOf(environment: Environment): NotificationsModuleOptions {
  return { devMailDir: environment.nodeEnv !== 'production' ? environment.smtpSinkDir : undefined };
}
