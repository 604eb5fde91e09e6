import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1763792000000 implements MigrationInterface {
  name = 'AuditLog1763792000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // prev_hash is unique: a row can have one successor only, so even a buggy writer cannot store a forked chain.
    await queryRunner.query(`
      CREATE TABLE audit_log (
        seq bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id varchar(128) NOT NULL,
        actor_name varchar(256) NOT NULL,
        actor_role varchar(64) NOT NULL,
        action varchar(128) NOT NULL,
        subject_type varchar(64) NOT NULL,
        subject_id varchar(128) NOT NULL,
        before jsonb,
        after jsonb,
        comment text,
        request_id varchar(256),
        prev_hash char(64) NOT NULL CONSTRAINT uq_audit_log_prev_hash UNIQUE CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        hash char(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id, seq)`);
    // The application owns the table, so REVOKE alone would not stop it: a trigger refuses any rewrite.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
  }
}
