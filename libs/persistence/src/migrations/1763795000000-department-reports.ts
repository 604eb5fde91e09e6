import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The yearly report of each department to Sở KH&CN (calendar.md "Yearly"): one row per year and
 * department, opened by the yearly-report cycle workflow, submitted by the department's officers.
 */
export class DepartmentReports1763795000000 implements MigrationInterface {
  name = 'DepartmentReports1763795000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE department_reports (
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        department_code varchar(128) NOT NULL REFERENCES departments (code),
        province_code varchar(64) NOT NULL REFERENCES administrative_units (code),
        status varchar(16) NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'submitted', 'overdue')),
        due_date date NOT NULL,
        submitted_at timestamptz,
        submitted_by uuid,
        submitted_by_name varchar(128),
        content jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT pk_department_reports PRIMARY KEY (year, department_code),
        CONSTRAINT ck_department_reports_submission CHECK (
          status <> 'submitted' OR (submitted_at IS NOT NULL AND submitted_by IS NOT NULL AND content IS NOT NULL)
        )
      )`);
    // GET /yearly-reports?year=&provinceCode=: a province's departments for a year.
    await queryRunner.query(`CREATE INDEX ix_department_reports_year_province ON department_reports (year, province_code, department_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE department_reports`);
  }
}
