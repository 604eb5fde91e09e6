import type { PlanUnit } from './programme-plan';

/** Bodies the plans name again and again; `province` is the title, e.g. 'tỉnh Bắc Kạn'. */
export function scienceTechnologyDepartment(province: { vi: string; en: string }, departmentCode?: string): PlanUnit {
  return {
    name: { vi: `Sở Khoa học và Công nghệ ${province.vi}`, en: `${province.en} Department of Science and Technology` },
    ...(departmentCode !== undefined ? { departmentCode } : {}),
  };
}

export const DEPARTMENTS_AND_SECTORS: PlanUnit = { name: { vi: 'Các sở, ban, ngành', en: 'Provincial departments and sectors' } };

export const DISTRICT_PEOPLES_COMMITTEES: PlanUnit = { name: { vi: 'Ủy ban nhân dân cấp huyện', en: "District People's Committees" } };

export const COMMUNE_PEOPLES_COMMITTEES: PlanUnit = { name: { vi: 'Ủy ban nhân dân cấp xã', en: "Commune People's Committees" } };
