import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Councils (process.md, "Council rules"), their rolls and the members' ballots. Kind, role,
 * task-type and grade lists are copied from libs/domain/src/councils at the time of writing:
 * a later change to those lists needs its own migration. `application_id` has no foreign key:
 * applications are a projection the workflow may rebuild.
 */
export class Councils1763796000000 implements MigrationInterface {
  name = 'Councils1763796000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE councils (
        id uuid PRIMARY KEY,
        kind varchar(32) NOT NULL CHECK (kind IN ('identification', 'selection', 'budget-appraisal', 'acceptance')),
        application_id uuid NOT NULL,
        province_code varchar(64) NOT NULL,
        secretary_user_id uuid NOT NULL REFERENCES users (id),
        status varchar(16) NOT NULL DEFAULT 'convened' CHECK (status IN ('convened', 'closed')),
        meeting_date date,
        rules jsonb NOT NULL,
        criteria jsonb,
        task_type varchar(16) CHECK (task_type IN ('du-an', 'de-tai')),
        from_task_proposer boolean NOT NULL DEFAULT false,
        requested_vnd bigint CHECK (requested_vnd >= 0),
        total_cost_vnd bigint CHECK (total_cost_vnd >= 0),
        caps jsonb,
        contract_end_on date,
        dossier_submitted_on date,
        vice_chair_authorised boolean NOT NULL DEFAULT false,
        result jsonb,
        outcome varchar(32),
        closed_at timestamptz,
        closed_by uuid REFERENCES users (id),
        conclusion_delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_councils_identification CHECK (kind <> 'identification' OR criteria IS NOT NULL),
        CONSTRAINT ck_councils_selection CHECK (kind <> 'selection' OR (task_type IS NOT NULL AND requested_vnd IS NOT NULL)),
        CONSTRAINT ck_councils_budget CHECK (kind <> 'budget-appraisal' OR (requested_vnd IS NOT NULL AND total_cost_vnd IS NOT NULL AND caps IS NOT NULL)),
        CONSTRAINT ck_councils_acceptance CHECK (kind <> 'acceptance' OR (contract_end_on IS NOT NULL AND dossier_submitted_on IS NOT NULL)),
        CONSTRAINT ck_councils_closed CHECK (
          (status = 'convened' AND result IS NULL AND outcome IS NULL AND closed_at IS NULL AND closed_by IS NULL)
          OR (status = 'closed' AND result IS NOT NULL AND outcome IS NOT NULL AND closed_at IS NOT NULL AND closed_by IS NOT NULL)
        )
      )`);
    // A case's councils (GET by application, the case timeline); one open council per kind and case.
    await queryRunner.query(`CREATE INDEX ix_councils_application ON councils (application_id, created_at)`);
    await queryRunner.query(`CREATE UNIQUE INDEX ux_councils_open_per_kind ON councils (application_id, kind) WHERE status = 'convened'`);
    await queryRunner.query(`CREATE INDEX ix_councils_province_status ON councils (province_code, status)`);
    await queryRunner.query(`CREATE INDEX ix_councils_secretary_status ON councils (secretary_user_id, status)`);

    await queryRunner.query(`
      CREATE TABLE council_members (
        council_id uuid NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        role varchar(16) NOT NULL CHECK (role IN ('chair', 'vice-chair', 'secretary', 'reviewer', 'member')),
        finance_department boolean NOT NULL DEFAULT false,
        present boolean NOT NULL DEFAULT true,
        CONSTRAINT pk_council_members PRIMARY KEY (council_id, user_id)
      )`);
    // "The councils I sit on".
    await queryRunner.query(`CREATE INDEX ix_council_members_user ON council_members (user_id)`);

    await queryRunner.query(`
      CREATE TABLE ballots (
        council_id uuid NOT NULL,
        member_user_id uuid NOT NULL,
        payload jsonb NOT NULL,
        cast_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_ballots PRIMARY KEY (council_id, member_user_id),
        -- Only someone on the council's roll can hold a ballot.
        CONSTRAINT fk_ballots_member FOREIGN KEY (council_id, member_user_id) REFERENCES council_members (council_id, user_id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ballots`);
    await queryRunner.query(`DROP TABLE council_members`);
    await queryRunner.query(`DROP TABLE councils`);
  }
}
