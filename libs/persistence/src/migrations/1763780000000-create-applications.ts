import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApplications1763780000000 implements MigrationInterface {
  name = 'CreateApplications1763780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY,
        workflow_id varchar(128) NOT NULL UNIQUE,
        title varchar(500) NOT NULL,
        province_code varchar(64) NOT NULL,
        support_kind varchar(64),
        requested_amount_vnd bigint CHECK (requested_amount_vnd >= 0),
        status varchar(32) NOT NULL,
        current_step varchar(64),
        projection_seq integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX ix_applications_province_status ON applications (province_code, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE applications`);
  }
}
