import { RetryableDeliveryError, type NotificationChannel } from '../channels/notification-channel';
import type { DeliveryResult } from '../notify-request';
import type { StoredNotification } from '../stored-notification';
import { renderEmail } from '../templates/render-email';
import type { EmailDeliveryLedger } from './email-delivery-ledger';
import type { MailTransport } from './mail-transport';
import { deterministicMessageId, mailDomainOf } from './message-id';
import { classifySmtpFailure } from './smtp-failure';

export interface EmailChannelOptions {
  /** MAIL_FROM, e.g. 'Hệ thống NSCL <no-reply@sokhcn.thanhhoa.gov.vn>'. */
  from: string;
  /**
   * How long a 'sending' row may belong to an attempt that is still running. Must exceed the
   * longest SMTP conversation (the transport's timeouts); after it, the send is taken as
   * uncertain. Default 5 minutes.
   */
  inFlightGraceMs?: number;
}

export const DEFAULT_IN_FLIGHT_GRACE_MS = 5 * 60_000;

/**
 * E-mail over SMTP, at most once per notification.
 *
 * Every attempt first claims the delivery row (dedup key = notification key + '#email') as
 * 'sending', committed, and only then talks to the server; the outcome is recorded afterwards.
 * An attempt that finds a row it did not claim never sends:
 * - 'sent' → already delivered;
 * - 'failed' (the server refused, or was never reached) → claimed again and re-sent, as nothing left;
 * - 'sending' → another attempt is in the SMTP window, or died in it. There is no way to ask an
 *   SMTP server whether it took a message, so while the row is younger than the grace period the
 *   attempt asks Temporal to retry later (the other attempt may still finish and record 'sent'),
 *   and after it the e-mail is left 'sending', flagged needs_review, and reported 'uncertain'.
 * A crash between the server's "250 OK" and our 'sent' update therefore costs a review flag,
 * never a second e-mail: we chose at-most-once because a reminder sent twice erodes trust in
 * every reminder, while a rare missed one still shows in the in-app inbox. The same Message-ID
 * on every attempt (derived from the key) makes any copy that slipped through recognisable.
 */
export class EmailChannel implements NotificationChannel {
  readonly name = 'email' as const;
  private readonly messageIdDomain: string;
  private readonly graceMs: number;

  constructor(
    private readonly transport: MailTransport,
    private readonly ledger: EmailDeliveryLedger,
    private readonly options: EmailChannelOptions,
  ) {
    this.messageIdDomain = mailDomainOf(options.from);
    this.graceMs = options.inFlightGraceMs ?? DEFAULT_IN_FLIGHT_GRACE_MS;
  }

  async deliver(notification: StoredNotification): Promise<DeliveryResult> {
    const to = notification.recipientEmail;
    if (!to) return { channel: this.name, status: 'skipped', detail: 'the recipient has no e-mail address' };
    const dedupKey = `${notification.dedupKey}#email`;
    const messageId = deterministicMessageId(dedupKey, this.messageIdDomain);

    const claim = await this.ledger.claim({ dedupKey, notificationId: notification.id, toAddress: to, messageId });
    switch (claim.outcome) {
      case 'sent':
        return { channel: this.name, status: 'already-delivered', messageId: claim.messageId };
      case 'failed-permanently':
        return { channel: this.name, status: 'failed', detail: claim.lastError ?? 'refused by the mail server', messageId };
      case 'in-flight': {
        if (claim.needsReview) return { channel: this.name, status: 'uncertain', detail: claim.lastError ?? undefined, messageId };
        if (claim.ageMs < this.graceMs) {
          throw new RetryableDeliveryError(`E-mail ${messageId} is being sent by another attempt; look again later`, this.graceMs - claim.ageMs + 1_000);
        }
        const reason = `An earlier attempt started sending ${messageId} ${Math.round(claim.ageMs / 1000)} s ago and never recorded the result; not re-sent (at most once), please check the mail server log`;
        await this.ledger.markUncertain(dedupKey, reason);
        return { channel: this.name, status: 'uncertain', detail: reason, messageId };
      }
      case 'claimed':
        break;
    }

    const content = renderEmail(notification);
    let response: string | null;
    try {
      const info = await this.transport.sendMail({
        from: this.options.from,
        to,
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId,
        // RFC 3834: no out-of-office replies to a robot.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      response = info.response ?? null;
    } catch (error) {
      const failure = classifySmtpFailure(error);
      if (failure.kind === 'refused') {
        await this.ledger.markFailed(dedupKey, failure.reason, failure.permanent);
        if (failure.permanent) return { channel: this.name, status: 'failed', detail: failure.reason, messageId };
        throw new RetryableDeliveryError(`The mail server did not take ${messageId}: ${failure.reason}`);
      }
      const reason = `The SMTP conversation for ${messageId} broke off without an answer (${failure.reason}); the server may have accepted it, so it is not re-sent`;
      await this.ledger.markUncertain(dedupKey, reason);
      return { channel: this.name, status: 'uncertain', detail: reason, messageId };
    }
    // If this update fails, the activity fails and Temporal retries it: the retry finds 'sending' and sends nothing.
    await this.ledger.markSent(dedupKey, response);
    return { channel: this.name, status: 'delivered', messageId };
  }
}
