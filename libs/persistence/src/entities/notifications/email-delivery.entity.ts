import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The ledger of e-mails sent for notifications: one row per e-mail (dedup key), claimed as
 * 'sending' before the SMTP call and closed as 'sent' or 'failed' after it (see
 * libs/notifications/src/email/email-channel.ts). A row left 'sending' past the grace period
 * is flagged `needs_review`: the message may or may not have left, and is never re-sent.
 */
@Entity({ name: 'email_deliveries' })
@Index('ix_email_deliveries_notification', ['notificationId'])
export class EmailDeliveryEntity {
  /** bigint: kept as text so no precision is lost. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'dedup_key', type: 'varchar', length: 320, unique: true })
  dedupKey!: string;

  @Column({ name: 'notification_id', type: 'uuid' })
  notificationId!: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress!: string;

  /** Derived from the dedup key: every attempt sends the same Message-ID. */
  @Column({ name: 'message_id', type: 'varchar', length: 320 })
  messageId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: 'sending' | 'sent' | 'failed';

  @Column({ type: 'integer' })
  attempts!: number;

  /** When the current attempt claimed the row (set before the SMTP call). */
  @Column({ name: 'claimed_at', type: 'timestamptz' })
  claimedAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** A refusal the same message will always get (5xx, invalid address): never tried again. */
  @Column({ name: 'permanent_failure', type: 'boolean', default: false })
  permanentFailure!: boolean;

  /** Sent or not, nobody knows: an operator checks the mail server's log for the Message-ID. */
  @Column({ name: 'needs_review', type: 'boolean', default: false })
  needsReview!: boolean;

  @Column({ name: 'smtp_response', type: 'text', nullable: true })
  smtpResponse!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
