import { MigrationInterface, QueryRunner } from 'typeorm';

/** What a case under contract tracks while it is implemented: tranches, milestones, progress reports and inspections. */
export class ImplementationTracking1763800000000 implements MigrationInterface {
  name = 'ImplementationTracking1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE applications ADD COLUMN implementation jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE applications DROP COLUMN implementation`);
  }
}
