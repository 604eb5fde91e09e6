import { Logger } from '@nestjs/common';
import { loadEnvironment, type Environment } from '../../libs/config/src/environment';
import type { NotifierSettings } from '../../libs/notifications/src/build-notifier';
import { createSmtpTransport } from '../../libs/notifications/src/email/mail-transport';

/** Optional provider: tests (and a future SMS set-up) hand the activities their own settings. */
export const NOTIFICATION_SETTINGS = Symbol('NOTIFICATION_SETTINGS');

/** From the environment: PUBLIC_BASE_URL, and SMTP_URL + MAIL_FROM for e-mail (off when SMTP_URL is unset). */
export function notificationSettingsFromEnvironment(environment: Environment = loadEnvironment()): NotifierSettings {
  if (!environment.smtpUrl) {
    new Logger('notifications').log('E-mail notifications are off: SMTP_URL is not set (npm start sets it to the embedded SMTP sink)');
    return { publicBaseUrl: environment.publicBaseUrl };
  }
  return { publicBaseUrl: environment.publicBaseUrl, email: { transport: createSmtpTransport(environment.smtpUrl), from: environment.mailFrom } };
}
