import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enterprises, users and refresh tokens. Role and sector lists are copied from libs/domain at the
 * time of writing: a later change to those lists needs its own migration.
 */
export class Identity1763791000000 implements MigrationInterface {
  name = 'Identity1763791000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE enterprises (
        id uuid PRIMARY KEY,
        tax_code varchar(14) NOT NULL,
        name varchar(300) NOT NULL,
        sector varchar(40) NOT NULL CHECK (sector IN ('agriculture-forestry-fishery', 'industry-construction', 'trade-services')),
        staff numeric(10, 2) NOT NULL CHECK (staff >= 0),
        revenue_vnd bigint CHECK (revenue_vnd >= 0),
        capital_vnd bigint CHECK (capital_vnd >= 0),
        size_class varchar(16) NOT NULL CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
        province_code varchar(64) NOT NULL,
        address varchar(500),
        created_by uuid,
        idempotency_key varchar(200),
        request_fingerprint char(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_enterprises_tax_code UNIQUE (tax_code),
        CONSTRAINT ck_enterprises_financials CHECK (revenue_vnd IS NOT NULL OR capital_vnd IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX ix_enterprises_province ON enterprises (province_code)`);
    // An Idempotency-Key is the caller's: the same key from two callers names two requests.
    await queryRunner.query(`CREATE UNIQUE INDEX ux_enterprises_idempotency ON enterprises (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        username varchar(64) NOT NULL CHECK (username = lower(username)),
        password_hash text NOT NULL,
        display_name varchar(200) NOT NULL,
        roles text[] NOT NULL CHECK (
          cardinality(roles) > 0
          AND roles <@ ARRAY['enterprise-user', 'department-officer', 'council-member', 'council-secretary', 'programme-manager', 'administrator']::text[]
        ),
        province_code varchar(64),
        department_code varchar(128),
        enterprise_id uuid REFERENCES enterprises (id),
        is_unit_head boolean NOT NULL DEFAULT false,
        is_approver boolean NOT NULL DEFAULT false,
        council_ids uuid[] NOT NULL DEFAULT '{}',
        email varchar(254),
        active boolean NOT NULL DEFAULT true,
        failed_logins integer NOT NULL DEFAULT 0,
        created_by uuid,
        idempotency_key varchar(200),
        request_fingerprint char(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_users_username UNIQUE (username),
        CONSTRAINT ck_users_province CHECK (province_code IS NOT NULL OR 'administrator' = ANY (roles))
      )`);
    await queryRunner.query(`CREATE INDEX ix_users_enterprise ON users (enterprise_id)`);
    await queryRunner.query(`CREATE INDEX ix_users_province ON users (province_code)`);
    await queryRunner.query(`CREATE INDEX ix_users_department ON users (department_code)`);
    await queryRunner.query(`CREATE INDEX ix_users_roles ON users USING gin (roles)`);
    await queryRunner.query(`CREATE INDEX ix_users_council_ids ON users USING gin (council_ids)`);
    await queryRunner.query(`CREATE UNIQUE INDEX ux_users_idempotency ON users (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        family_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by uuid REFERENCES refresh_tokens (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_refresh_tokens_hash UNIQUE (token_hash)
      )`);
    await queryRunner.query(`CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id)`);
    await queryRunner.query(`CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE refresh_tokens`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE enterprises`);
  }
}
