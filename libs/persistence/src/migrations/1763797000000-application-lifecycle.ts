import { MigrationInterface, QueryRunner } from 'typeorm';

/** The application read model grows with the lifecycle: owner, routing, procedure version, money. */
export class ApplicationLifecycle1763797000000 implements MigrationInterface {
  name = 'ApplicationLifecycle1763797000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE applications
        ADD COLUMN enterprise_id uuid,
        ADD COLUMN sponsoring_department_code varchar(128),
        ADD COLUMN procedure_version varchar(64),
        ADD COLUMN department_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN current_task_id uuid,
        ADD COLUMN approved_amount_vnd bigint CHECK (approved_amount_vnd >= 0),
        ADD COLUMN refund_ordered boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX ix_applications_enterprise ON applications (enterprise_id, created_at)`);
    await queryRunner.query(`CREATE INDEX ix_applications_departments ON applications USING gin (department_codes)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_applications_departments`);
    await queryRunner.query(`DROP INDEX ix_applications_enterprise`);
    await queryRunner.query(`
      ALTER TABLE applications
        DROP COLUMN enterprise_id, DROP COLUMN sponsoring_department_code, DROP COLUMN procedure_version, DROP COLUMN department_codes,
        DROP COLUMN current_task_id, DROP COLUMN approved_amount_vnd, DROP COLUMN refund_ordered`);
  }
}
