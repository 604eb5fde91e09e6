import type { CalendarOverride } from '../../../domain/src/calendar/day-off';
import type { CatalogueItem } from '../../../domain/src/catalogues/catalogue-item';
import type { AdministrativeUnit } from '../../../domain/src/organisation/administrative-unit';
import type { Department } from '../../../domain/src/organisation/department';
import type { PlanTarget, PlanTask, ProgrammePlan } from '../../../domain/src/plans/programme-plan';
import type { SupportPolicy } from '../../../domain/src/policies/support-policy';
import type { ProcedureDefinition } from '../../../domain/src/procedures/procedure-definition';
import type { AdministrativeUnitEntity } from '../entities/reference/administrative-unit.entity';
import type { CalendarOverrideEntity } from '../entities/reference/calendar-override.entity';
import type { CatalogueItemEntity } from '../entities/reference/catalogue-item.entity';
import type { DepartmentEntity } from '../entities/reference/department.entity';
import type { PlanTargetEntity } from '../entities/reference/plan-target.entity';
import type { PlanTaskEntity } from '../entities/reference/plan-task.entity';
import type { ProcedureDefinitionEntity } from '../entities/reference/procedure-definition.entity';
import type { ProgrammePlanEntity } from '../entities/reference/programme-plan.entity';
import type { SupportPolicyEntity } from '../entities/reference/support-policy.entity';

/*
 * Domain objects → table rows. Columns the database fills (version, updated_at) are left out.
 * The inverse mappings live with the API views that read these tables.
 */

type Row<T> = Omit<T, 'version' | 'updatedAt' | 'createdAt' | 'rowVersion'>;

export function administrativeUnitRow(unit: AdministrativeUnit): Row<AdministrativeUnitEntity> {
  return {
    code: unit.code,
    nameVi: unit.name.vi,
    nameEn: unit.name.en,
    level: unit.level,
    centrallyGovernedCity: unit.centrallyGovernedCity ?? false,
    validFrom: unit.validFrom,
    validTo: unit.validTo ?? null,
    successorCode: unit.successorCode ?? null,
    parentCode: unit.parentCode ?? null,
  };
}

export function departmentRow(department: Department): Row<DepartmentEntity> {
  return {
    code: department.code,
    provinceCode: department.provinceCode,
    nameVi: department.name.vi,
    nameEn: department.name.en,
    kind: department.kind,
    parentCode: department.parentCode ?? null,
    capabilities: [...department.capabilities],
    active: true,
  };
}

export function catalogueItemRow(item: CatalogueItem, sortOrder: number): Row<CatalogueItemEntity> {
  return {
    kind: item.kind,
    code: item.code,
    nameVi: item.name.vi,
    nameEn: item.name.en,
    descriptionVi: item.description?.vi ?? null,
    descriptionEn: item.description?.en ?? null,
    active: item.active,
    sortOrder,
  };
}

export function programmePlanRow(plan: ProgrammePlan): Row<ProgrammePlanEntity> {
  return {
    code: plan.code,
    provinceCode: plan.provinceCode,
    historicalProvinceCode: plan.historicalProvinceCode,
    issuerVi: plan.issuer.vi,
    issuerEn: plan.issuer.en,
    number: plan.number,
    issuedOn: plan.issuedOn,
    issuedYear: plan.issuedYear,
    periods: plan.periods.map((period) => ({ ...period })),
  };
}

export function planTargetRow(planCode: string, target: PlanTarget, sortOrder: number): Row<PlanTargetEntity> {
  const { value } = target;
  return {
    planCode,
    code: target.code,
    period: target.period,
    indicatorVi: target.indicator.vi,
    indicatorEn: target.indicator.en,
    unitVi: target.unit.vi,
    unitEn: target.unit.en,
    measure: target.measure,
    comparator: target.comparator,
    value: typeof value === 'number' ? value : null,
    valueMin: value !== null && typeof value === 'object' ? value.min : null,
    valueMax: value !== null && typeof value === 'object' ? value.max : null,
    derivedFromPeriod: target.derivedFrom?.period ?? null,
    derivedFactorNum: target.derivedFrom?.factor.num ?? null,
    derivedFactorDen: target.derivedFrom?.factor.den ?? null,
    sortOrder,
  };
}

export function planTaskRow(planCode: string, task: PlanTask, sortOrder: number): Row<PlanTaskEntity> {
  return {
    planCode,
    code: task.code,
    contentVi: task.content.vi,
    contentEn: task.content.en,
    timingVi: task.timing.vi,
    timingEn: task.timing.en,
    leadUnit: { ...task.leadUnit },
    cooperatingUnits: task.cooperatingUnits.map((unit) => ({ ...unit })),
    sortOrder,
  };
}

export function procedureDefinitionRow(definition: ProcedureDefinition): Omit<ProcedureDefinitionEntity, 'createdAt' | 'updatedAt' | 'rowVersion'> {
  return {
    code: definition.code,
    version: definition.version,
    nameVi: definition.name.vi,
    nameEn: definition.name.en,
    effectiveFrom: definition.effectiveFrom,
    effectiveTo: definition.effectiveTo ?? null,
    // A plain JSON copy: the jsonb holds exactly what a reader will parse back.
    definition: JSON.parse(JSON.stringify(definition)) as ProcedureDefinition,
  };
}

export function supportPolicyRow(policy: SupportPolicy): Row<SupportPolicyEntity> {
  return {
    code: policy.code,
    nameVi: policy.name.vi,
    nameEn: policy.name.en,
    legalBasis: policy.legalBasis,
    legalBasisEn: policy.legalBasisEn ?? null,
    supportKinds: [...(policy.supportKinds ?? [])],
    shareNum: policy.shareOfCost.num,
    shareDen: policy.shareOfCost.den,
    capVnd: policy.capVnd,
    per: policy.per,
    sizeClasses: policy.sizeClasses ? [...policy.sizeClasses] : null,
    womenOrSocialEnterpriseOnly: policy.womenOrSocialEnterpriseOnly ?? false,
    supersedes: policy.supersedes ?? null,
    validFrom: policy.validFrom,
    validTo: policy.validTo ?? null,
  };
}

export function calendarOverrideRow(override: CalendarOverride, updatedBy: string): Row<CalendarOverrideEntity> {
  return { year: override.year, override: JSON.parse(JSON.stringify(override)) as CalendarOverride, updatedBy };
}
