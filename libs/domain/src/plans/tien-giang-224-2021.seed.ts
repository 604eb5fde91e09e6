import { deriveNextPeriodTargets } from './derive-next-period-targets';
import { scienceTechnologyDepartment } from './plan-units';
import type { PlanTarget, ProgrammePlan } from './programme-plan';

const PERIOD = '2021-2025';

/** "2026–2030: every target at least 10% higher than 2021–2025" [plan]. */
export const TIEN_GIANG_NEXT_PERIOD_FACTOR = { num: 11, den: 10 } as const;

/** The 2021–2025 targets as the plan writes them; 2026–2030 is derived, never typed in. */
export const TIEN_GIANG_2021_2025_TARGETS: readonly PlanTarget[] = [
  {
    code: 'training-classes',
    indicator: { vi: 'Lớp đào tạo', en: 'Training classes' },
    unit: { vi: 'lớp', en: 'classes' },
    measure: 'count',
    value: 10,
    comparator: 'about',
    period: PERIOD,
  },
  {
    code: 'enterprises-applying',
    indicator: {
      vi: 'Doanh nghiệp được hỗ trợ áp dụng hệ thống quản lý, công cụ cải tiến, truy xuất nguồn gốc, GAP, sản xuất hữu cơ hoặc năng suất xanh',
      en: 'Enterprises helped to apply management systems, improvement tools, traceability, GAP, organic farming or green productivity',
    },
    unit: { vi: 'doanh nghiệp', en: 'enterprises' },
    measure: 'count',
    value: 20,
    comparator: 'at-least',
    period: PERIOD,
  },
  {
    code: 'enterprises-certified',
    indicator: { vi: 'Doanh nghiệp được hỗ trợ chứng nhận sản phẩm hoặc hệ thống', en: 'Enterprises helped to certify products or systems' },
    unit: { vi: 'doanh nghiệp', en: 'enterprises' },
    measure: 'count',
    value: 30,
    comparator: 'more-than',
    period: PERIOD,
  },
  {
    code: 'national-quality-award',
    indicator: { vi: 'Doanh nghiệp được hỗ trợ tham gia Giải thưởng Chất lượng quốc gia', en: 'Enterprises helped toward the National Quality Award' },
    unit: { vi: 'doanh nghiệp', en: 'enterprises' },
    measure: 'count',
    value: null, // the plan gives no figure
    comparator: 'at-least',
    period: PERIOD,
  },
];

const SO_KHCN = scienceTechnologyDepartment({ vi: 'tỉnh Tiền Giang', en: 'Tien Giang Province' });

/**
 * Tiền Giang, 224/KH-UBND, 16/7/2021 — 2021–2025, toward 2030 [plan]; carried on by Đồng Tháp.
 * Its appendix lists tasks with timing (Q3/2021, from 2021, yearly, 2025 and 2030), lead unit and
 * cooperating units [plan]. The reference gives the targets and those timings, not the appendix's
 * wording: the tasks below restate the plan's targets ("at least", "more than" as the plan says),
 * led by Sở KH&CN, which runs the plan; cooperating units are left for an administrator to add.
 */
export const TIEN_GIANG_224_2021: ProgrammePlan = {
  code: 'tien-giang/224-kh-ubnd-2021',
  provinceCode: 'dong-thap',
  historicalProvinceCode: 'tien-giang',
  issuer: { vi: 'Ủy ban nhân dân tỉnh Tiền Giang', en: "Tien Giang Province People's Committee" },
  number: '224/KH-UBND',
  issuedOn: '2021-07-16',
  issuedYear: 2021,
  periods: [
    { code: PERIOD, from: '2021-01-01', to: '2025-12-31' },
    { code: '2026-2030', from: '2026-01-01', to: '2030-12-31' },
  ],
  targets: [...TIEN_GIANG_2021_2025_TARGETS, ...deriveNextPeriodTargets(TIEN_GIANG_2021_2025_TARGETS, TIEN_GIANG_NEXT_PERIOD_FACTOR)],
  tasks: [
    {
      code: 'yearly-report',
      content: {
        vi: 'Báo cáo kết quả thực hiện gửi Bộ Khoa học và Công nghệ và Ủy ban nhân dân tỉnh',
        en: "Report results to the Ministry of Science and Technology and the Province People's Committee",
      },
      timing: { vi: 'Hằng năm, trước ngày 30/11', en: 'Every year, before 30 November' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [],
    },
    {
      code: 'training-classes',
      content: { vi: 'Tổ chức khoảng 10 lớp đào tạo về năng suất chất lượng', en: 'Run about 10 training classes on productivity and quality' },
      timing: { vi: 'Từ năm 2021', en: 'From 2021' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [],
    },
    {
      code: 'enterprises-applying',
      content: {
        vi: 'Hỗ trợ ít nhất 20 doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến, truy xuất nguồn gốc, GAP, sản xuất hữu cơ, năng suất xanh',
        en: 'Help at least 20 enterprises apply management systems, improvement tools, traceability, GAP, organic farming or green productivity',
      },
      timing: { vi: 'Hằng năm', en: 'Every year' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [],
    },
    {
      code: 'enterprises-certified',
      content: { vi: 'Hỗ trợ hơn 30 doanh nghiệp chứng nhận sản phẩm, hệ thống', en: 'Help more than 30 enterprises certify products or systems' },
      timing: { vi: 'Hằng năm', en: 'Every year' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [],
    },
    {
      code: 'national-quality-award',
      content: { vi: 'Hỗ trợ doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia', en: 'Help enterprises toward the National Quality Award' },
      timing: { vi: 'Hằng năm', en: 'Every year' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [],
    },
    {
      code: 'mid-term-review',
      content: { vi: 'Sơ kết giai đoạn 2021–2025 việc thực hiện kế hoạch', en: 'Review the 2021–2025 period of the plan' },
      timing: { vi: 'Năm 2025', en: '2025' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [],
    },
    {
      code: 'final-review',
      content: { vi: 'Tổng kết việc thực hiện kế hoạch đến năm 2030', en: 'Final review of the plan to 2030' },
      timing: { vi: 'Năm 2030', en: '2030' },
      leadUnit: SO_KHCN,
      cooperatingUnits: [],
    },
  ],
};
