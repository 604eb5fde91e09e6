import { MigrationInterface, QueryRunner } from 'typeorm';

/** Human decisions (one row per decision-task workflow): the inboxes read this table. */
export class Tasks1763794000000 implements MigrationInterface {
  name = 'Tasks1763794000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY,
        workflow_id varchar(200) NOT NULL UNIQUE,
        subject_type varchar(32) NOT NULL,
        subject_id uuid NOT NULL,
        subject_title varchar(500) NOT NULL,
        province_code varchar(64) NOT NULL,
        step_code varchar(64) NOT NULL,
        step_name_vi varchar(200) NOT NULL,
        step_name_en varchar(200) NOT NULL,
        assignee_kind varchar(16) NOT NULL,
        assignee_id varchar(128) NOT NULL,
        claimed_by uuid,
        allowed_outcomes jsonb NOT NULL,
        status varchar(16) NOT NULL,
        started_on date NOT NULL,
        due_date date,
        due_at timestamptz,
        time_limit_amount integer,
        time_limit_unit varchar(16),
        used_working_days integer NOT NULL DEFAULT 0,
        outcome varchar(64),
        comment text,
        decided_by uuid,
        decided_by_name varchar(128),
        decided_at timestamptz,
        reminders_sent jsonb NOT NULL DEFAULT '[]',
        extensions jsonb NOT NULL DEFAULT '[]',
        projection_seq integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX ix_tasks_inbox ON tasks (assignee_kind, assignee_id, status, due_at)`);
    await queryRunner.query(`CREATE INDEX ix_tasks_subject ON tasks (subject_type, subject_id, created_at)`);
    await queryRunner.query(`CREATE INDEX ix_tasks_province_status ON tasks (province_code, status, due_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE tasks`);
  }
}
