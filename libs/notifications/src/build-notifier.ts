import { ChannelRegistry } from './channels/channel-registry';
import { InAppChannel } from './channels/in-app-channel';
import type { NotificationChannel } from './channels/notification-channel';
import { EmailChannel } from './email/email-channel';
import { EmailDeliveryLedger } from './email/email-delivery-ledger';
import type { MailTransport } from './email/mail-transport';
import { NotificationStore } from './notification-store';
import { Notifier } from './notifier';
import type { SqlRunner } from './sql-runner';

export interface NotifierSettings {
  /** PUBLIC_BASE_URL: links in notifications point below it. */
  publicBaseUrl: string;
  /** Absent: e-mail is off (deliveries report 'skipped'). */
  email?: {
    transport: MailTransport;
    from: string;
    inFlightGraceMs?: number;
  };
  /** More channels behind the same interface (an SMS gateway, …). */
  extraChannels?: NotificationChannel[];
}

/** The notifier with the in-app channel, e-mail when configured, and any extra channels. */
export function buildNotifier(db: SqlRunner, settings: NotifierSettings): Notifier {
  const registry = new ChannelRegistry([new InAppChannel()]);
  if (settings.email) {
    const { transport, from, inFlightGraceMs } = settings.email;
    registry.register(new EmailChannel(transport, new EmailDeliveryLedger(db), { from, inFlightGraceMs }));
  }
  for (const channel of settings.extraChannels ?? []) registry.register(channel);
  return new Notifier(new NotificationStore(db), registry, settings.publicBaseUrl);
}
