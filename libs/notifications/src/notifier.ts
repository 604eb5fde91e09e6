import type { ChannelRegistry } from './channels/channel-registry';
import { RetryableDeliveryError } from './channels/notification-channel';
import { isNotificationKind } from './notification-kind';
import type { NotificationStore } from './notification-store';
import { CHANNEL_NAMES, type ChannelName, type DeliveryResult, type NotifyRequest, type NotifyResult } from './notify-request';
import { notificationLink } from './templates/notification-link';
import { renderNotification, type RenderedNotification } from './templates/render-notification';

/** A request that can never succeed (a bug in the calling workflow): retrying it is pointless. */
export class InvalidNotifyRequest extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidNotifyRequest';
  }
}

const DEFAULT_CHANNELS: ChannelName[] = ['in-app', 'email'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
export const MAX_DEDUP_KEY_LENGTH = 300;

/**
 * Stores a notification once per dedup key, then hands it to each of its channels. Safe to call
 * again with the same request: the row is not duplicated and each channel delivers at most once.
 */
export class Notifier {
  constructor(
    private readonly store: NotificationStore,
    private readonly channels: ChannelRegistry,
    private readonly publicBaseUrl: string,
  ) {}

  async notify(request: NotifyRequest): Promise<NotifyResult> {
    const { rendered, link } = checkAndRender(request, this.publicBaseUrl);
    const { recipient } = request;
    const email = recipient.email ?? (recipient.userId ? await this.store.emailOfUser(recipient.userId) : null);
    const { notification, created } = await this.store.insertOnce({
      dedupKey: request.dedupKey,
      kind: request.message.kind,
      recipientUserId: recipient.userId ?? null,
      recipientDepartmentCode: recipient.departmentCode ?? null,
      recipientEmail: email,
      channels: [...new Set(request.channels ?? DEFAULT_CHANNELS)],
      subjectType: request.subject?.type ?? null,
      subjectId: request.subject?.id ?? null,
      titleVi: rendered.title.vi,
      titleEn: rendered.title.en,
      bodyVi: rendered.body.vi,
      bodyEn: rendered.body.en,
      link,
      dueAt: rendered.dueAt ? new Date(rendered.dueAt) : null,
      scheduledFor: new Date(request.scheduledFor),
    });

    // The stored row decides, not this request: a retry must deliver what the first attempt stored.
    const deliveries: DeliveryResult[] = [];
    let retryable: RetryableDeliveryError | undefined;
    for (const name of notification.channels) {
      const channel = this.channels.get(name);
      if (!channel) {
        deliveries.push({ channel: name, status: 'skipped', detail: `the ${name} channel is not configured` });
        continue;
      }
      try {
        deliveries.push(await channel.deliver(notification));
      } catch (error) {
        // Let the other channels deliver first; the retry will find them done.
        if (!(error instanceof RetryableDeliveryError)) throw error;
        retryable ??= error;
      }
    }
    if (retryable) throw retryable;
    return { notificationId: notification.id, created, deliveries };
  }
}

function checkAndRender(request: NotifyRequest, publicBaseUrl: string): { rendered: RenderedNotification; link: string } {
  const problems: string[] = [];
  const { dedupKey, recipient, message, scheduledFor, channels } = request;
  if (typeof dedupKey !== 'string' || dedupKey.trim() === '' || dedupKey.length > MAX_DEDUP_KEY_LENGTH) problems.push(`dedupKey must be 1–${MAX_DEDUP_KEY_LENGTH} characters`);
  if (!recipient || (!recipient.userId && !recipient.departmentCode && !recipient.email)) problems.push('recipient needs a userId, a departmentCode or an email');
  if (recipient?.userId !== undefined && !UUID.test(recipient.userId)) problems.push(`recipient.userId is not a UUID: "${recipient.userId}"`);
  if (recipient?.email !== undefined && !EMAIL.test(recipient.email)) problems.push(`recipient.email is not an e-mail address: "${recipient.email}"`);
  if (!message || !isNotificationKind(message.kind)) problems.push(`message.kind is unknown: "${String(message?.kind)}"`);
  if (typeof scheduledFor !== 'string' || Number.isNaN(Date.parse(scheduledFor))) problems.push(`scheduledFor is not an ISO instant: "${String(scheduledFor)}"`);
  for (const channel of channels ?? []) if (!(CHANNEL_NAMES as readonly string[]).includes(channel)) problems.push(`unknown channel "${channel}"`);
  if (problems.length > 0) throw new InvalidNotifyRequest(`Invalid notification ${String(dedupKey)}: ${problems.join('; ')}`);
  try {
    return { rendered: renderNotification(message, request.subject), link: notificationLink(publicBaseUrl, request.subject, request.linkPath) };
  } catch (error) {
    throw new InvalidNotifyRequest(`Invalid notification ${dedupKey}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
