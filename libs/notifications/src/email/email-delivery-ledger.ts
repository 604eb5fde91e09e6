import { rows, type SqlRunner } from '../sql-runner';

/** What the ledger says about one e-mail when an attempt wants to send it. */
export type DeliveryClaim =
  /** This attempt owns the send: the row now says 'sending'. */
  | { outcome: 'claimed'; attempts: number }
  | { outcome: 'sent'; messageId: string; sentAt: Date }
  | { outcome: 'failed-permanently'; lastError: string | null }
  /** Another attempt claimed it and did not record an end: it may be sending right now, or may have died after the server took the message. */
  | { outcome: 'in-flight'; ageMs: number; needsReview: boolean; lastError: string | null };

export interface DeliveryToClaim {
  dedupKey: string;
  notificationId: string;
  toAddress: string;
  messageId: string;
}

interface DeliveryRow {
  status: 'sending' | 'sent' | 'failed';
  message_id: string;
  sent_at: Date | null;
  last_error: string | null;
  permanent_failure: boolean;
  needs_review: boolean;
  age_ms: string | number;
}

/**
 * The email_deliveries table: one row per e-mail (dedup_key is unique), written before and after
 * each SMTP conversation so no two attempts ever send the same e-mail. Each call is its own
 * statement, committed at once: the 'sending' mark must be durable before the SMTP call starts.
 */
export class EmailDeliveryLedger {
  constructor(private readonly db: SqlRunner) {}

  async claim(delivery: DeliveryToClaim): Promise<DeliveryClaim> {
    // Rarely, another attempt changes the row between our statements; then look again.
    for (let round = 0; round < 3; round += 1) {
      const inserted = await rows<{ attempts: number }>(
        this.db,
        `INSERT INTO email_deliveries (dedup_key, notification_id, to_address, message_id, status, attempts, claimed_at)
         VALUES ($1, $2, $3, $4, 'sending', 1, now())
         ON CONFLICT (dedup_key) DO NOTHING
         RETURNING attempts`,
        [delivery.dedupKey, delivery.notificationId, delivery.toAddress, delivery.messageId],
      );
      if (inserted[0]) return { outcome: 'claimed', attempts: inserted[0].attempts };

      // A refusal we know of (the server said no, or we never reached it) may be tried again.
      const reclaimed = await rows<{ attempts: number }>(
        this.db,
        // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
        `WITH reclaimed AS (
           UPDATE email_deliveries SET status = 'sending', attempts = attempts + 1, claimed_at = now(), updated_at = now()
           WHERE dedup_key = $1 AND status = 'failed' AND NOT permanent_failure
           RETURNING attempts)
         SELECT attempts FROM reclaimed`,
        [delivery.dedupKey],
      );
      if (reclaimed[0]) return { outcome: 'claimed', attempts: reclaimed[0].attempts };

      const [row] = await rows<DeliveryRow>(
        this.db,
        `SELECT status, message_id, sent_at, last_error, permanent_failure, needs_review,
                floor(extract(epoch FROM now() - claimed_at) * 1000) AS age_ms
         FROM email_deliveries WHERE dedup_key = $1`,
        [delivery.dedupKey],
      );
      if (!row) continue;
      if (row.status === 'sent') return { outcome: 'sent', messageId: row.message_id, sentAt: row.sent_at as Date };
      if (row.status === 'failed' && row.permanent_failure) return { outcome: 'failed-permanently', lastError: row.last_error };
      if (row.status === 'sending') return { outcome: 'in-flight', ageMs: Number(row.age_ms), needsReview: row.needs_review, lastError: row.last_error };
    }
    throw new Error(`E-mail delivery ${delivery.dedupKey} keeps changing under us; try again`);
  }

  /** The server accepted the message. Clears a review flag: now we know. */
  async markSent(dedupKey: string, smtpResponse: string | null): Promise<void> {
    await this.db.query(
      `UPDATE email_deliveries SET status = 'sent', sent_at = now(), smtp_response = $2, last_error = NULL, needs_review = false, updated_at = now()
       WHERE dedup_key = $1 AND status = 'sending'`,
      [dedupKey, smtpResponse],
    );
  }

  /** The server did not take the message. */
  async markFailed(dedupKey: string, error: string, permanent: boolean): Promise<void> {
    await this.db.query(
      `UPDATE email_deliveries SET status = 'failed', last_error = $2, permanent_failure = $3, updated_at = now()
       WHERE dedup_key = $1 AND status = 'sending'`,
      [dedupKey, error, permanent],
    );
  }

  /** The message may or may not have left: keep 'sending' (the truth), never send it again, ask a person to check. */
  async markUncertain(dedupKey: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE email_deliveries SET needs_review = true, last_error = $2, updated_at = now()
       WHERE dedup_key = $1 AND status = 'sending'`,
      [dedupKey, reason],
    );
  }
}
