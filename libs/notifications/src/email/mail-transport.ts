import { createTransport } from 'nodemailer';

/** What the e-mail channel needs from a nodemailer transporter (one SMTP conversation per message). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<{ response?: string; accepted?: unknown[] }>;
  close(): void;
}

/**
 * An SMTP transport for SMTP_URL (smtp://user:pass@host:587 upgrades with STARTTLS when offered,
 * smtps:// is TLS from the start). Timeouts are bounded so an attempt ends well within the grace
 * period the e-mail channel gives an in-flight attempt.
 */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  return createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
}
