import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1763793000000 implements MigrationInterface {
  name = 'Notifications1763793000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key to users: a notification is a record of what was said, kept as it was.
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        dedup_key varchar(300) NOT NULL CONSTRAINT uq_notifications_dedup_key UNIQUE,
        kind varchar(64) NOT NULL,
        recipient_user_id uuid,
        recipient_department_code varchar(128),
        recipient_email varchar(254),
        channels text[] NOT NULL,
        subject_type varchar(64),
        subject_id varchar(128),
        title_vi text NOT NULL,
        title_en text NOT NULL,
        body_vi text NOT NULL,
        body_en text NOT NULL,
        link text,
        due_at timestamptz,
        scheduled_for timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT ck_notifications_recipient CHECK (recipient_user_id IS NOT NULL OR recipient_department_code IS NOT NULL OR recipient_email IS NOT NULL),
        CONSTRAINT ck_notifications_channels CHECK (channels <@ ARRAY['in-app', 'email', 'sms']::text[])
      )`);
    // GET /notifications: a user's inbox, unread first, then newest.
    await queryRunner.query(`CREATE INDEX ix_notifications_user_inbox ON notifications (recipient_user_id, (read_at IS NULL) DESC, created_at DESC, id) WHERE recipient_user_id IS NOT NULL`);
    // A department's shared inbox (notifications addressed to no one person).
    await queryRunner.query(
      `CREATE INDEX ix_notifications_department_inbox ON notifications (recipient_department_code, (read_at IS NULL) DESC, created_at DESC, id) WHERE recipient_user_id IS NULL AND recipient_department_code IS NOT NULL`,
    );
    // The unread badge.
    await queryRunner.query(`CREATE INDEX ix_notifications_user_unread ON notifications (recipient_user_id) WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX ix_notifications_subject ON notifications (subject_type, subject_id, scheduled_for)`);

    await queryRunner.query(`
      CREATE TABLE email_deliveries (
        id bigserial PRIMARY KEY,
        dedup_key varchar(320) NOT NULL CONSTRAINT uq_email_deliveries_dedup_key UNIQUE,
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        to_address varchar(254) NOT NULL,
        message_id varchar(320) NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
        attempts integer NOT NULL CHECK (attempts >= 1),
        claimed_at timestamptz NOT NULL,
        last_error text,
        permanent_failure boolean NOT NULL DEFAULT false,
        needs_review boolean NOT NULL DEFAULT false,
        smtp_response text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_email_deliveries_sent_at CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ix_email_deliveries_notification ON email_deliveries (notification_id)`);
    // The operators' queue: e-mails that may or may not have left.
    await queryRunner.query(`CREATE INDEX ix_email_deliveries_needs_review ON email_deliveries (claimed_at) WHERE needs_review`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE email_deliveries`);
    await queryRunner.query(`DROP TABLE notifications`);
  }
}
