import type { ProgrammePlan } from './programme-plan';
import { DEPARTMENTS_AND_SECTORS, DISTRICT_PEOPLES_COMMITTEES, scienceTechnologyDepartment } from './plan-units';

const BY_2025 = '2021-2025';
const BY_2030 = '2021-2030';
const SO_KHCN = scienceTechnologyDepartment({ vi: 'tỉnh Bắc Kạn', en: 'Bac Kan Province' });

/**
 * Bắc Kạn, 1852/QĐ-UBND, 14/10/2020 — 2021–2030 [plan]. Bắc Kạn was absorbed by Thái Nguyên on
 * 1/7/2025, which carries the plan on. "By 2025" targets fall in 2021–2025, the others in the
 * whole plan span 2021–2030 (cumulative).
 */
export const BAC_KAN_1852_2020: ProgrammePlan = {
  code: 'bac-kan/1852-qd-ubnd-2020',
  provinceCode: 'thai-nguyen',
  historicalProvinceCode: 'bac-kan',
  issuer: { vi: 'Ủy ban nhân dân tỉnh Bắc Kạn', en: "Bac Kan Province People's Committee" },
  number: '1852/QĐ-UBND',
  issuedOn: '2020-10-14',
  issuedYear: 2020,
  periods: [
    { code: BY_2025, from: '2021-01-01', to: '2025-12-31' },
    { code: BY_2030, from: '2021-01-01', to: '2030-12-31' },
  ],
  targets: [
    {
      code: 'certified-experts',
      indicator: { vi: 'Chuyên gia được chứng nhận (đến năm 2025)', en: 'Certified experts (by 2025)' },
      unit: { vi: 'chuyên gia', en: 'experts' },
      measure: 'count',
      value: 10,
      comparator: 'about',
      period: BY_2025,
    },
    {
      code: 'certified-experts',
      indicator: { vi: 'Chuyên gia được chứng nhận (đến năm 2030)', en: 'Certified experts (by 2030)' },
      unit: { vi: 'chuyên gia', en: 'experts' },
      measure: 'count',
      value: 15,
      comparator: 'about',
      period: BY_2030,
    },
    {
      code: 'regional-international-experts',
      indicator: {
        vi: 'Trong đó chuyên gia đạt trình độ khu vực hoặc quốc tế (đến năm 2030)',
        en: 'Of whom experts at regional or international level (by 2030)',
      },
      unit: { vi: 'chuyên gia', en: 'experts' },
      measure: 'count',
      value: 2,
      comparator: 'about',
      period: BY_2030,
    },
    {
      code: 'supported-enterprises-growth',
      indicator: { vi: 'Tăng số doanh nghiệp được hỗ trợ hằng năm', en: 'Yearly growth of the number of enterprises supported' },
      unit: { vi: '%/năm', en: '% a year' },
      measure: 'percent',
      value: { min: 1, max: 1.5 },
      comparator: 'range',
      period: BY_2030,
    },
    {
      code: 'iso-certificates-growth',
      indicator: {
        vi: 'Tăng số chứng chỉ ISO 9001, ISO 14001 so với giai đoạn 2011–2020',
        en: 'More ISO 9001 and ISO 14001 certificates than in 2011–2020',
      },
      unit: { vi: '%', en: '%' },
      measure: 'percent',
      value: 2,
      comparator: 'at-least',
      period: BY_2030,
    },
    {
      code: 'pilot-model-enterprises',
      indicator: { vi: 'Doanh nghiệp xây dựng mô hình điểm', en: 'Pilot-model enterprises' },
      unit: { vi: 'doanh nghiệp', en: 'enterprises' },
      measure: 'count',
      value: 1,
      comparator: 'at-least',
      period: BY_2030,
    },
  ],
  tasks: [
    {
      code: 'yearly-report',
      content: { vi: 'Báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ', en: 'Report results to the Department of Science and Technology' },
      timing: { vi: 'Hằng năm, trước ngày 30/11', en: 'Every year, before 30 November' },
      leadUnit: { name: { vi: 'Các sở, ngành và Ủy ban nhân dân cấp huyện', en: "Departments and district People's Committees" } },
      cooperatingUnits: [],
    },
    {
      code: 'mid-term-review',
      content: { vi: 'Sơ kết giữa kỳ việc thực hiện kế hoạch', en: 'Mid-term review of the plan' },
      timing: { vi: 'Năm 2025', en: '2025' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [DEPARTMENTS_AND_SECTORS, DISTRICT_PEOPLES_COMMITTEES],
    },
    {
      code: 'final-review',
      content: { vi: 'Tổng kết việc thực hiện kế hoạch', en: 'Final review of the plan' },
      timing: { vi: 'Năm 2030', en: '2030' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [DEPARTMENTS_AND_SECTORS, DISTRICT_PEOPLES_COMMITTEES],
    },
  ],
};
