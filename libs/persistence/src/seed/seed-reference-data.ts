import type { DataSource } from 'typeorm';
import { OFFICIAL_SCHEDULES } from '../../../domain/src/calendar/official-schedules';
import { CATALOGUE_ITEMS } from '../../../domain/src/catalogues/catalogues.seed';
import { ADMINISTRATIVE_UNITS } from '../../../domain/src/organisation/administrative-units.seed';
import { departmentsForProvince } from '../../../domain/src/organisation/departments-for-province';
import type { IsoDate } from '../../../domain/src/organisation/iso-date';
import { unitsInForce } from '../../../domain/src/organisation/unit-in-force';
import { PROGRAMME_PLANS } from '../../../domain/src/plans/plans.seed';
import { DECREE_80_POLICIES } from '../../../domain/src/policies/decree-80-policies';
import { PROCEDURE_DEFINITIONS } from '../../../domain/src/procedures/procedures.seed';
import { AdministrativeUnitEntity } from '../entities/reference/administrative-unit.entity';
import { CalendarOverrideEntity } from '../entities/reference/calendar-override.entity';
import { CatalogueItemEntity } from '../entities/reference/catalogue-item.entity';
import { DepartmentEntity } from '../entities/reference/department.entity';
import { PlanTargetEntity } from '../entities/reference/plan-target.entity';
import { PlanTaskEntity } from '../entities/reference/plan-task.entity';
import { ProcedureDefinitionEntity } from '../entities/reference/procedure-definition.entity';
import { ProgrammePlanEntity } from '../entities/reference/programme-plan.entity';
import { SupportPolicyEntity } from '../entities/reference/support-policy.entity';
import { insertMissing } from './insert-missing';
import {
  administrativeUnitRow,
  calendarOverrideRow,
  catalogueItemRow,
  departmentRow,
  planTargetRow,
  planTaskRow,
  procedureDefinitionRow,
  programmePlanRow,
  supportPolicyRow,
} from './reference-rows';
import type { SeedReport } from './seed-report';

/** Written into calendar_overrides.updated_by for the official schedules shipped with the product. */
export const SEED_ACTOR = 'seed';

export interface SeedOptions {
  /** The day whose in-force provinces get departments; default today in Vietnam. */
  onDate?: IsoDate;
}

/** Today's date in Vietnam (Asia/Ho_Chi_Minh) as YYYY-MM-DD. */
function todayInVietnam(): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * Writes the domain's reference seeds, in one transaction, and only what is missing.
 *
 * Every insert is `ON CONFLICT DO NOTHING` on the row's natural key: reference rows are
 * administrator-editable (names, active flags, policy levels, calendar overrides, closing a
 * procedure version), and a seed that ran at every start-up must never undo those edits. The
 * price: a corrected seed value does not reach an existing database by re-seeding — that takes a
 * migration. A plan's targets and tasks are part of the plan: they are seeded only together with
 * a plan inserted in this run, so a target an administrator deleted does not come back.
 * Running it again, or concurrently, inserts nothing twice (the unique keys decide).
 */
export async function seedReferenceData(dataSource: DataSource, options: SeedOptions = {}): Promise<SeedReport> {
  const onDate = options.onDate ?? todayInVietnam();
  return dataSource.transaction(async (manager) => {
    const administrativeUnits = await insertMissing(manager, AdministrativeUnitEntity, ADMINISTRATIVE_UNITS.map(administrativeUnitRow), 'code');

    const provinces = unitsInForce(ADMINISTRATIVE_UNITS, onDate, 'province');
    const departments = await insertMissing(
      manager,
      DepartmentEntity,
      provinces.flatMap((province) => departmentsForProvince(province.code).map(departmentRow)),
      'code',
    );

    const positionInKind = new Map<string, number>();
    const catalogueItems = await insertMissing(
      manager,
      CatalogueItemEntity,
      CATALOGUE_ITEMS.map((item) => {
        const position = positionInKind.get(item.kind) ?? 0;
        positionInKind.set(item.kind, position + 1);
        return catalogueItemRow(item, position);
      }),
      'code',
    );

    const programmePlans = await insertMissing(manager, ProgrammePlanEntity, PROGRAMME_PLANS.map(programmePlanRow), 'code');
    const newPlanCodes = new Set(programmePlans.insertedRows.map((row) => row.code as string));
    const newPlans = PROGRAMME_PLANS.filter((plan) => newPlanCodes.has(plan.code));
    const targetsOffered = PROGRAMME_PLANS.reduce((sum, plan) => sum + plan.targets.length, 0);
    const tasksOffered = PROGRAMME_PLANS.reduce((sum, plan) => sum + plan.tasks.length, 0);
    const planTargets = await insertMissing(
      manager,
      PlanTargetEntity,
      newPlans.flatMap((plan) => plan.targets.map((target, index) => planTargetRow(plan.code, target, index))),
      'code',
    );
    const planTasks = await insertMissing(
      manager,
      PlanTaskEntity,
      newPlans.flatMap((plan) => plan.tasks.map((task, index) => planTaskRow(plan.code, task, index))),
      'code',
    );

    const procedureDefinitions = await insertMissing(manager, ProcedureDefinitionEntity, PROCEDURE_DEFINITIONS.map(procedureDefinitionRow), 'code');
    const supportPolicies = await insertMissing(manager, SupportPolicyEntity, DECREE_80_POLICIES.map(supportPolicyRow), 'code');
    const calendarOverrides = await insertMissing(
      manager,
      CalendarOverrideEntity,
      OFFICIAL_SCHEDULES.map((schedule) => calendarOverrideRow(schedule, SEED_ACTOR)),
      'year',
    );

    const report = (result: { inserted: number; skipped: number }) => ({ inserted: result.inserted, skipped: result.skipped });
    return {
      administrativeUnits: report(administrativeUnits),
      departments: report(departments),
      catalogueItems: report(catalogueItems),
      programmePlans: report(programmePlans),
      planTargets: { inserted: planTargets.inserted, skipped: targetsOffered - planTargets.inserted },
      planTasks: { inserted: planTasks.inserted, skipped: tasksOffered - planTasks.inserted },
      procedureDefinitions: report(procedureDefinitions),
      supportPolicies: report(supportPolicies),
      calendarOverrides: report(calendarOverrides),
    };
  });
}
