import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins, shared by every API process: throttled per username and address, and per address across usernames. */
export class LoginFailures1763870000000 implements MigrationInterface {
  name = 'LoginFailures1763870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        username text NOT NULL,
        address text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_login_failures_username_address ON login_failures (username, address, failed_at)`);
    await queryRunner.query(`CREATE INDEX ix_login_failures_address ON login_failures (address, failed_at)`);
    await queryRunner.query(`CREATE INDEX ix_refresh_tokens_expires ON refresh_tokens (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_refresh_tokens_expires`);
    await queryRunner.query(`DROP TABLE login_failures`);
  }
}
