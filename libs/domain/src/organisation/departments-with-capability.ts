import type { Department, DepartmentCapability } from './department';

/** The departments of a province that hold a capability, in list order. */
export function departmentsWithCapability(departments: readonly Department[], provinceCode: string, capability: DepartmentCapability): Department[] {
  return departments.filter((department) => department.provinceCode === provinceCode && department.capabilities.includes(capability));
}
