import { DataSource } from 'typeorm';
import { OFFICIAL_SCHEDULES } from '../../libs/domain/src/calendar/official-schedules';
import { CATALOGUE_ITEMS } from '../../libs/domain/src/catalogues/catalogues.seed';
import { ADMINISTRATIVE_UNITS } from '../../libs/domain/src/organisation/administrative-units.seed';
import { DEPARTMENT_TEMPLATES } from '../../libs/domain/src/organisation/departments.seed';
import { PROVINCES } from '../../libs/domain/src/organisation/provinces.seed';
import { PROGRAMME_PLANS } from '../../libs/domain/src/plans/plans.seed';
import { TIEN_GIANG_224_2021 } from '../../libs/domain/src/plans/tien-giang-224-2021.seed';
import { DECREE_80_POLICIES } from '../../libs/domain/src/policies/decree-80-policies';
import { NSCL_2021 } from '../../libs/domain/src/procedures/nscl-2021.seed';
import { PROCEDURE_DEFINITIONS } from '../../libs/domain/src/procedures/procedures.seed';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { PolicySupportKinds1763840000000 } from '../../libs/persistence/src/migrations/1763840000000-policy-support-kinds';
import { PlanDataAsWritten1763841000000 } from '../../libs/persistence/src/migrations/1763841000000-plan-data-as-written';
import { seedReferenceData, SEED_ACTOR } from '../../libs/persistence/src/seed/seed-reference-data';
import { SEEDED_TABLES, totalInserted } from '../../libs/persistence/src/seed/seed-report';
import { createTestDatabase, TestDatabase } from '../harness/test-database';

const TABLES = [
  'administrative_units',
  'departments',
  'catalogue_items',
  'programme_plans',
  'plan_targets',
  'plan_tasks',
  'procedure_definitions',
  'support_policies',
  'calendar_overrides',
];

describe('seedReferenceData on PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const sql = <T = Record<string, unknown>>(query: string, parameters?: unknown[]): Promise<T[]> => dataSource.query(query, parameters);

  const count = async (table: string, where = 'true'): Promise<number> => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE ${where}`))[0]?.n);

  /** Every row of every seeded table, as text, to prove a re-seed changed nothing at all. */
  const snapshot = async (): Promise<Record<string, string[]>> => {
    const result: Record<string, string[]> = {};
    for (const table of TABLES) {
      result[table] = (await sql<{ row: string }>(`SELECT t::text AS row FROM ${table} t ORDER BY 1`)).map((r) => r.row);
    }
    return result;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('writes exactly the domain seeds on an empty database', async () => {
    const report = await seedReferenceData(dataSource, { onDate: '2026-01-15' });

    const targets = PROGRAMME_PLANS.reduce((sum, plan) => sum + plan.targets.length, 0);
    const tasks = PROGRAMME_PLANS.reduce((sum, plan) => sum + plan.tasks.length, 0);
    const expected = {
      administrativeUnits: ADMINISTRATIVE_UNITS.length,
      departments: PROVINCES.length * DEPARTMENT_TEMPLATES.length,
      catalogueItems: CATALOGUE_ITEMS.length,
      programmePlans: PROGRAMME_PLANS.length,
      planTargets: targets,
      planTasks: tasks,
      procedureDefinitions: PROCEDURE_DEFINITIONS.length,
      supportPolicies: DECREE_80_POLICIES.length,
      calendarOverrides: OFFICIAL_SCHEDULES.length,
    };
    for (const table of SEEDED_TABLES) expect(report[table]).toEqual({ inserted: expected[table], skipped: 0 });

    expect(await count('administrative_units')).toBe(64);
    expect(await count('administrative_units', 'valid_to IS NULL')).toBe(34);
    expect(await count('departments')).toBe(34 * DEPARTMENT_TEMPLATES.length);
    expect(await count('catalogue_items')).toBe(CATALOGUE_ITEMS.length);
    expect(await count('programme_plans')).toBe(5);
    expect(await count('plan_targets')).toBe(targets);
    expect(await count('plan_tasks')).toBe(tasks);
    expect(await count('procedure_definitions')).toBe(2);
    expect(await count('support_policies')).toBe(DECREE_80_POLICIES.length);
    expect(await count('calendar_overrides')).toBe(2);
  });

  it('keeps the domain values: successors, departments, derived targets, procedure jsonb, policy money, calendar overrides', async () => {
    const [bacKan] = await sql<Record<string, unknown>>(`SELECT successor_code, valid_to::text AS valid_to FROM administrative_units WHERE code = 'bac-kan'`);
    expect(bacKan).toEqual({ successor_code: 'thai-nguyen', valid_to: '2025-06-30' });
    const [hanoi] = await sql<Record<string, unknown>>(`SELECT centrally_governed_city FROM administrative_units WHERE code = 'ha-noi'`);
    expect(hanoi?.centrally_governed_city).toBe(true);

    const [tdc] = await sql<Record<string, unknown>>(`SELECT name_vi, parent_code, capabilities, active FROM departments WHERE code = 'thanh-hoa/chi-cuc-tdc'`);
    expect(tdc).toEqual({ name_vi: 'Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Thanh Hóa', parent_code: 'thanh-hoa/so-khcn', capabilities: ['intake'], active: true });
    // Departments are seeded for provinces in force only.
    expect(await count('departments', `province_code = 'bac-kan'`)).toBe(0);

    const derived = await sql<Record<string, unknown>>(
      `SELECT code, value::float8 AS value, comparator, derived_from_period, derived_factor_num, derived_factor_den
         FROM plan_targets WHERE plan_code = $1 AND period = '2026-2030' ORDER BY sort_order`,
      [TIEN_GIANG_224_2021.code],
    );
    expect(derived).toEqual([
      { code: 'training-classes', value: 11, comparator: 'about', derived_from_period: '2021-2025', derived_factor_num: 11, derived_factor_den: 10 },
      { code: 'enterprises-applying', value: 22, comparator: 'at-least', derived_from_period: '2021-2025', derived_factor_num: 11, derived_factor_den: 10 },
      { code: 'enterprises-certified', value: 34, comparator: 'more-than', derived_from_period: '2021-2025', derived_factor_num: 11, derived_factor_den: 10 },
      { code: 'national-quality-award', value: null, comparator: 'at-least', derived_from_period: '2021-2025', derived_factor_num: 11, derived_factor_den: 10 },
    ]);
    const ranges = await sql<{ n: string }>(`SELECT count(*) AS n FROM plan_targets WHERE comparator = 'range' AND value_min IS NOT NULL AND value_max > value_min`);
    const seededRanges = PROGRAMME_PLANS.flatMap((plan) => plan.targets).filter((target) => target.comparator === 'range' && target.value !== null).length;
    expect(Number(ranges[0]?.n)).toBe(seededRanges);

    const [nscl] = await sql<{ definition: unknown; effective_from: string; effective_to: string | null }>(
      `SELECT definition, effective_from::text AS effective_from, effective_to FROM procedure_definitions WHERE code = 'nscl' AND version = '2021'`,
    );
    expect(nscl).toEqual({ definition: JSON.parse(JSON.stringify(NSCL_2021)), effective_from: '2021-01-01', effective_to: null });

    const [advisor] = await sql<Record<string, unknown>>(
      `SELECT share_num, share_den, cap_vnd::text AS cap_vnd, per, size_classes, women_or_social_enterprise_only, supersedes, valid_from::text AS valid_from,
              support_kinds, legal_basis_en
         FROM support_policies WHERE code = 'D80-A13-ADVISOR-MEDIUM-WOMEN-SOCIAL'`,
    );
    expect(advisor).toEqual({
      support_kinds: ['management-systems-and-tools'],
      legal_basis_en: 'Decree 80/2021/NĐ-CP, Article 13(2)',
      share_num: 3,
      share_den: 10,
      cap_vnd: '200000000',
      per: 'enterprise-year',
      size_classes: ['medium'],
      women_or_social_enterprise_only: true,
      supersedes: 'D80-A13-ADVISOR-MEDIUM',
      valid_from: '2021-10-15',
    });

    const overrides = await sql<{ year: number; override: unknown; updated_by: string }>(`SELECT year, override, updated_by FROM calendar_overrides ORDER BY year`);
    expect(overrides).toEqual(OFFICIAL_SCHEDULES.map((schedule) => ({ year: schedule.year, override: JSON.parse(JSON.stringify(schedule)), updated_by: SEED_ACTOR })));
  });

  it('inserts nothing and changes nothing when run again', async () => {
    const before = await snapshot();
    const report = await seedReferenceData(dataSource, { onDate: '2026-01-15' });
    expect(totalInserted(report)).toBe(0);
    expect(report.catalogueItems).toEqual({ inserted: 0, skipped: CATALOGUE_ITEMS.length });
    expect(await snapshot()).toEqual(before);
  });

  it('never overwrites an administrator edit, and does not bring back a deleted plan target', async () => {
    await sql(`UPDATE catalogue_items SET name_vi = 'ISO 9001 (đã sửa)', active = false, version = version + 1 WHERE kind = 'management-systems' AND code = 'ISO_9001'`);
    await sql(`UPDATE support_policies SET cap_vnd = 60000000, valid_to = '2026-12-31', version = version + 1 WHERE code = 'D80-A13-ADVISOR-MICRO'`);
    await sql(`UPDATE calendar_overrides SET override = jsonb_set(override, '{cultureDay}', 'true'), updated_by = 'admin', version = version + 1 WHERE year = 2026`);
    await sql(`UPDATE departments SET active = false, version = version + 1 WHERE code = 'thanh-hoa/so-y-te'`);
    await sql(`UPDATE procedure_definitions SET effective_to = '2027-01-01', row_version = row_version + 1 WHERE code = 'nscl' AND version = '2021'`);
    await sql(`DELETE FROM plan_targets WHERE plan_code = 'thanh-hoa/159-kh-ubnd-2021' AND code = 'advisory-experts'`);
    const edited = await snapshot();

    const report = await seedReferenceData(dataSource, { onDate: '2026-01-15' });

    expect(totalInserted(report)).toBe(0);
    expect(await snapshot()).toEqual(edited);
    const [item] = await sql<Record<string, unknown>>(`SELECT name_vi, active, version FROM catalogue_items WHERE kind = 'management-systems' AND code = 'ISO_9001'`);
    expect(item).toEqual({ name_vi: 'ISO 9001 (đã sửa)', active: false, version: 2 });
    const [override] = await sql<{ override: { cultureDay?: boolean }; updated_by: string }>(`SELECT override, updated_by FROM calendar_overrides WHERE year = 2026`);
    expect(override).toMatchObject({ override: { cultureDay: true }, updated_by: 'admin' });
  });

  it('adds what is missing next to edited rows', async () => {
    await sql(`DELETE FROM support_policies WHERE code = 'D80-A11-IP-CONSULTING'`);
    await sql(`DELETE FROM calendar_overrides WHERE year = 2025`);
    const report = await seedReferenceData(dataSource, { onDate: '2026-01-15' });
    expect(report.supportPolicies).toEqual({ inserted: 1, skipped: DECREE_80_POLICIES.length - 1 });
    expect(report.calendarOverrides).toEqual({ inserted: 1, skipped: 1 });
    expect(totalInserted(report)).toBe(2);
    const [micro] = await sql<{ cap_vnd: string }>(`SELECT cap_vnd::text AS cap_vnd FROM support_policies WHERE code = 'D80-A13-ADVISOR-MICRO'`);
    expect(micro?.cap_vnd).toBe('60000000');
  });

  it('gives an install seeded before this change the support-kind mapping, the added plan tasks and the corrected derived target', async () => {
    const runner = dataSource.createQueryRunner();
    const policies = new PolicySupportKinds1763840000000();
    const plans = new PlanDataAsWritten1763841000000();
    const tasksBefore = await count('plan_tasks');
    try {
      // The state before: no mapping columns, none of the added tasks, Tiền Giang's derived target at 33.
      await plans.down(runner);
      await policies.down(runner);
      expect(await count('plan_tasks')).toBe(tasksBefore - 15);
      const [old] = await sql<{ value: number }>(`SELECT value::float8 AS value FROM plan_targets WHERE plan_code = $1 AND code = 'enterprises-certified' AND period = '2026-2030'`, [TIEN_GIANG_224_2021.code]);
      expect(old?.value).toBe(33);
      await policies.up(runner);
      await plans.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await sql<{ code: string; support_kinds: string[]; legal_basis_en: string }>(`SELECT code, support_kinds, legal_basis_en FROM support_policies ORDER BY code`);
    expect(rows.map((row) => ({ code: row.code, supportKinds: row.support_kinds, legalBasisEn: row.legal_basis_en }))).toEqual(
      [...DECREE_80_POLICIES].sort((a, b) => (a.code < b.code ? -1 : 1)).map((policy) => ({ code: policy.code, supportKinds: policy.supportKinds, legalBasisEn: policy.legalBasisEn })),
    );
    expect(await count('plan_tasks')).toBe(tasksBefore);
    const [hue] = await sql<Record<string, unknown>>(`SELECT content_vi, timing_vi, lead_unit FROM plan_tasks WHERE plan_code = 'thua-thien-hue/149-kh-ubnd-2021' AND code = 'iso-56000-classes'`);
    expect(hue).toMatchObject({ content_vi: 'Tổ chức lớp đào tạo về ISO 56000', timing_vi: 'Năm 2021 (01 lớp)' });
    const [certified] = await sql<{ value: number }>(`SELECT value::float8 AS value FROM plan_targets WHERE plan_code = $1 AND code = 'enterprises-certified' AND period = '2026-2030'`, [TIEN_GIANG_224_2021.code]);
    expect(certified?.value).toBe(34);
  });

  it('is safe when two seeders race', async () => {
    const fresh = await createTestDatabase();
    const a = await new DataSource(dataSourceOptions(fresh.url)).initialize();
    const b = await new DataSource(dataSourceOptions(fresh.url)).initialize();
    try {
      const [first, second] = await Promise.all([seedReferenceData(a, { onDate: '2026-01-15' }), seedReferenceData(b, { onDate: '2026-01-15' })]);
      for (const table of SEEDED_TABLES) {
        expect(first[table].inserted + second[table].inserted).toBe(first[table].inserted + first[table].skipped);
      }
      const [{ n }] = (await a.query(`SELECT count(*) AS n FROM plan_targets`)) as { n: string }[];
      expect(Number(n)).toBe(PROGRAMME_PLANS.reduce((sum, plan) => sum + plan.targets.length, 0));
    } finally {
      await a.destroy();
      await b.destroy();
      await fresh.drop();
    }
  });
});
