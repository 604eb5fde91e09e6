import { MigrationInterface, QueryRunner } from 'typeorm';

/** The six-step pilot model's read model: the model, its plan's milestones and its per-step history (dashboard). */
export class PilotModels1763799000000 implements MigrationInterface {
  name = 'PilotModels1763799000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pilot_models (
        id uuid PRIMARY KEY,
        workflow_id varchar(128) NOT NULL UNIQUE,
        application_id uuid,
        enterprise_id uuid NOT NULL,
        province_code varchar(64) NOT NULL,
        title varchar(500) NOT NULL,
        current_step varchar(32),
        step_phase varchar(32) NOT NULL,
        step_started_at timestamptz NOT NULL,
        status varchar(32) NOT NULL CHECK (status IN ('in-progress', 'completed', 'terminated')),
        baseline jsonb,
        selection jsonb,
        plan jsonb,
        certificates jsonb,
        after jsonb,
        improvements jsonb,
        conclusion text,
        department_codes text[] NOT NULL DEFAULT '{}',
        current_task_id uuid,
        projection_seq integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_pilot_models_province_step ON pilot_models (province_code, current_step)`);
    await queryRunner.query(`CREATE INDEX ix_pilot_models_enterprise ON pilot_models (enterprise_id, created_at)`);
    await queryRunner.query(`CREATE INDEX ix_pilot_models_departments ON pilot_models USING gin (department_codes)`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_pilot_models_application ON pilot_models (application_id) WHERE application_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE pilot_model_milestones (
        id uuid PRIMARY KEY,
        pilot_model_id uuid NOT NULL REFERENCES pilot_models (id) ON DELETE CASCADE,
        item_code varchar(64) NOT NULL,
        title varchar(500) NOT NULL,
        owner varchar(200) NOT NULL,
        due_date date NOT NULL,
        budget_line varchar(200) NOT NULL,
        status varchar(16) NOT NULL CHECK (status IN ('open', 'done', 'waived')),
        progress jsonb NOT NULL DEFAULT '[]',
        waived_reason text,
        clock_task_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_pilot_model_milestones_model ON pilot_model_milestones (pilot_model_id, due_date)`);
    await queryRunner.query(`
      CREATE TABLE pilot_model_steps (
        pilot_model_id uuid NOT NULL REFERENCES pilot_models (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        step varchar(32) NOT NULL,
        started_at timestamptz NOT NULL,
        completed_at timestamptz,
        working_days_spent integer CHECK (working_days_spent >= 0),
        rounds jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (pilot_model_id, position)
      )`);
    await queryRunner.query(`CREATE INDEX ix_pilot_model_steps_step ON pilot_model_steps (step) WHERE completed_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pilot_model_steps`);
    await queryRunner.query(`DROP TABLE pilot_model_milestones`);
    await queryRunner.query(`DROP TABLE pilot_models`);
  }
}
