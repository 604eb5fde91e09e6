import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data: administrative units, departments, catalogues, programme plans, procedure
 * versions, support policies and yearly calendar overrides. Every row an administrator edits
 * carries an optimistic-lock `version` (procedures: `row_version`, since `version` is the
 * procedure's own version name).
 */
export class ReferenceData1763790000000 implements MigrationInterface {
  name = 'ReferenceData1763790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE administrative_units (
        code varchar(64) PRIMARY KEY,
        name_vi varchar(200) NOT NULL,
        name_en varchar(200) NOT NULL,
        level varchar(16) NOT NULL CHECK (level IN ('province', 'district', 'commune')),
        centrally_governed_city boolean NOT NULL DEFAULT false,
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
        successor_code varchar(64) REFERENCES administrative_units (code),
        parent_code varchar(64) REFERENCES administrative_units (code),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // GET /provinces?onDate=: units of a level in force on a day.
    await queryRunner.query(`CREATE INDEX ix_administrative_units_level_validity ON administrative_units (level, valid_from, valid_to)`);

    await queryRunner.query(`
      CREATE TABLE departments (
        code varchar(128) PRIMARY KEY,
        province_code varchar(64) NOT NULL REFERENCES administrative_units (code),
        name_vi varchar(300) NOT NULL,
        name_en varchar(300) NOT NULL,
        kind varchar(64) NOT NULL,
        parent_code varchar(128) REFERENCES departments (code),
        capabilities text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX ix_departments_province ON departments (province_code, code)`);
    // Steps route work by capability ("the province's department holding 'intake'").
    await queryRunner.query(`CREATE INDEX ix_departments_capabilities ON departments USING gin (capabilities)`);

    await queryRunner.query(`
      CREATE TABLE catalogue_items (
        kind varchar(64) NOT NULL,
        code varchar(64) NOT NULL,
        name_vi varchar(500) NOT NULL,
        name_en varchar(500) NOT NULL,
        description_vi text,
        description_en text,
        active boolean NOT NULL DEFAULT true,
        sort_order integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (kind, code),
        CHECK ((description_vi IS NULL) = (description_en IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ix_catalogue_items_kind_order ON catalogue_items (kind, sort_order, code)`);

    await queryRunner.query(`
      CREATE TABLE programme_plans (
        code varchar(128) PRIMARY KEY,
        province_code varchar(64) NOT NULL REFERENCES administrative_units (code),
        historical_province_code varchar(64) NOT NULL REFERENCES administrative_units (code),
        issuer_vi varchar(300) NOT NULL,
        issuer_en varchar(300) NOT NULL,
        number varchar(64),
        issued_on date,
        issued_year integer NOT NULL,
        periods jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX ix_programme_plans_province ON programme_plans (province_code)`);

    // One row per target and period, so dashboards compare targets with actuals in SQL.
    await queryRunner.query(`
      CREATE TABLE plan_targets (
        plan_code varchar(128) NOT NULL REFERENCES programme_plans (code) ON DELETE CASCADE,
        code varchar(64) NOT NULL,
        period varchar(32) NOT NULL,
        indicator_vi text NOT NULL,
        indicator_en text NOT NULL,
        unit_vi varchar(100) NOT NULL,
        unit_en varchar(100) NOT NULL,
        measure varchar(16) NOT NULL CHECK (measure IN ('count', 'percent')),
        comparator varchar(16) NOT NULL CHECK (comparator IN ('at-least', 'about', 'exactly', 'more-than', 'range')),
        value numeric,
        value_min numeric,
        value_max numeric,
        derived_from_period varchar(32),
        derived_factor_num integer,
        derived_factor_den integer,
        sort_order integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (plan_code, code, period),
        -- A number, a range (comparator 'range'), or no figure at all.
        CHECK (value IS NULL OR (value_min IS NULL AND value_max IS NULL)),
        CHECK ((value_min IS NULL) = (value_max IS NULL)),
        CHECK ((value_min IS NULL OR comparator = 'range') AND (value IS NULL OR comparator <> 'range')),
        CHECK ((derived_from_period IS NULL) = (derived_factor_num IS NULL) AND (derived_factor_num IS NULL) = (derived_factor_den IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX ix_plan_targets_plan_period ON plan_targets (plan_code, period, sort_order)`);

    await queryRunner.query(`
      CREATE TABLE plan_tasks (
        plan_code varchar(128) NOT NULL REFERENCES programme_plans (code) ON DELETE CASCADE,
        code varchar(64) NOT NULL,
        content_vi text NOT NULL,
        content_en text NOT NULL,
        timing_vi varchar(200) NOT NULL,
        timing_en varchar(200) NOT NULL,
        lead_unit jsonb NOT NULL,
        cooperating_units jsonb NOT NULL DEFAULT '[]',
        sort_order integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (plan_code, code)
      )`);

    await queryRunner.query(`
      CREATE TABLE procedure_definitions (
        code varchar(64) NOT NULL,
        version varchar(32) NOT NULL,
        name_vi varchar(500) NOT NULL,
        name_en varchar(500) NOT NULL,
        effective_from date NOT NULL,
        effective_to date CHECK (effective_to IS NULL OR effective_to > effective_from),
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        row_version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (code, version)
      )`);
    // "The version of procedure X in force on day D".
    await queryRunner.query(`CREATE INDEX ix_procedure_definitions_code_effective ON procedure_definitions (code, effective_from)`);

    await queryRunner.query(`
      CREATE TABLE support_policies (
        code varchar(64) PRIMARY KEY,
        name_vi varchar(500) NOT NULL,
        name_en varchar(500) NOT NULL,
        legal_basis varchar(500) NOT NULL,
        share_num integer NOT NULL,
        share_den integer NOT NULL,
        cap_vnd bigint NOT NULL CHECK (cap_vnd >= 0),
        per varchar(32) NOT NULL CHECK (per IN ('contract-year', 'enterprise-year', 'contract', 'task')),
        size_classes text[],
        women_or_social_enterprise_only boolean NOT NULL DEFAULT false,
        supersedes varchar(64) REFERENCES support_policies (code),
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (share_den > 0 AND share_num >= 0 AND share_num <= share_den)
      )`);
    await queryRunner.query(`CREATE INDEX ix_support_policies_validity ON support_policies (valid_from, valid_to)`);

    // One administrator-edited CalendarOverride per year (libs/domain/src/calendar/day-off.ts).
    await queryRunner.query(`
      CREATE TABLE calendar_overrides (
        year integer PRIMARY KEY CHECK (year BETWEEN 1000 AND 9999),
        override jsonb NOT NULL,
        updated_by varchar(128),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['calendar_overrides', 'support_policies', 'procedure_definitions', 'plan_tasks', 'plan_targets', 'programme_plans', 'catalogue_items', 'departments', 'administrative_units']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
