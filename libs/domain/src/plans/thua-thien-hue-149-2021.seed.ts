import { scienceTechnologyDepartment } from './plan-units';
import type { PlanTarget, PlanTask, ProgrammePlan } from './programme-plan';

const PERIOD = '2021';

function target(code: string, vi: string, en: string, unit: PlanTarget['unit'], value: PlanTarget['value'], comparator: PlanTarget['comparator']): PlanTarget {
  return { code, indicator: { vi, en }, unit, measure: 'count', value, comparator, period: PERIOD };
}

const SO_KHCN = scienceTechnologyDepartment({ vi: 'tỉnh Thừa Thiên Huế', en: 'Thua Thien Hue Province' });

function task(code: string, vi: string, en: string, quantity: { vi: string; en: string }): PlanTask {
  return { code, content: { vi, en }, timing: { vi: `Năm 2021 (${quantity.vi})`, en: `2021 (${quantity.en})` }, leadUnit: SO_KHCN, cooperatingUnits: [] };
}

/**
 * The appendix's tasks, one per figure the plan sets for 2021, with its expected quantity written
 * the appendix's way ("01 dự án", "02 lớp") [plan]. The domain reference gives the figures but not
 * the appendix's wording, lead or cooperating agencies: the lead is Sở KH&CN, which runs the plan
 * [plan]; cooperating agencies are left for an administrator to add rather than guessed.
 */
const TASKS: readonly PlanTask[] = [
  task('pilot-productivity-projects', 'Hỗ trợ doanh nghiệp nhỏ và vừa thực hiện dự án điểm về năng suất', 'Support SMEs with pilot productivity projects', { vi: '02 dự án', en: '2 projects' }),
  task('productivity-quality-officers', 'Đào tạo cán bộ năng suất chất lượng trong doanh nghiệp', 'Train "productivity and quality officers" inside enterprises', { vi: 'khoảng 30 người', en: 'about 30 people' }),
  task('iso-56000-enterprises', 'Hỗ trợ doanh nghiệp áp dụng ISO 56000', 'Help enterprises apply ISO 56000', { vi: '02 doanh nghiệp', en: '2 enterprises' }),
  task('iso-56000-classes', 'Tổ chức lớp đào tạo về ISO 56000', 'Run a training class on ISO 56000', { vi: '01 lớp', en: '1 class' }),
  task('medicinal-herb-market', 'Hỗ trợ doanh nghiệp phát triển thị trường sản phẩm dược liệu', 'Help enterprises with a market for medicinal-herb products', { vi: '01–02 doanh nghiệp', en: '1–2 enterprises' }),
  task('research-enterprises', 'Hỗ trợ doanh nghiệp nghiên cứu nâng cao năng suất chất lượng', 'Support enterprises in research for productivity and quality', { vi: 'ít nhất 01 doanh nghiệp', en: 'at least 1 enterprise' }),
];

/** Thừa Thiên Huế, 149/KH-UBND, 14/4/2021 — year 2021 [plan]; carried on by Huế. */
export const THUA_THIEN_HUE_149_2021: ProgrammePlan = {
  code: 'thua-thien-hue/149-kh-ubnd-2021',
  provinceCode: 'hue',
  historicalProvinceCode: 'thua-thien-hue',
  issuer: { vi: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế', en: "Thua Thien Hue Province People's Committee" },
  number: '149/KH-UBND',
  issuedOn: '2021-04-14',
  issuedYear: 2021,
  periods: [{ code: PERIOD, from: '2021-01-01', to: '2021-12-31' }],
  targets: [
    {
      code: 'labour-productivity-growth',
      indicator: { vi: 'Tăng năng suất lao động', en: 'Labour productivity growth' },
      unit: { vi: '%/năm', en: '% a year' },
      measure: 'percent',
      value: 7,
      comparator: 'more-than',
      period: PERIOD,
    },
    target(
      'pilot-productivity-projects',
      'Doanh nghiệp nhỏ và vừa được hỗ trợ dự án điểm về năng suất',
      'SMEs supported with pilot productivity projects',
      { vi: 'doanh nghiệp', en: 'SMEs' },
      2,
      'exactly',
    ),
    target(
      'productivity-quality-officers',
      'Cán bộ năng suất chất lượng được đào tạo trong doanh nghiệp',
      '"Productivity and quality officers" trained inside enterprises',
      { vi: 'người', en: 'people' },
      30,
      'about',
    ),
    target('iso-56000-enterprises', 'Doanh nghiệp được hỗ trợ áp dụng ISO 56000', 'Enterprises helped to apply ISO 56000', { vi: 'doanh nghiệp', en: 'enterprises' }, 2, 'exactly'),
    target('iso-56000-classes', 'Lớp đào tạo về ISO 56000', 'Training classes on ISO 56000', { vi: 'lớp', en: 'classes' }, 1, 'exactly'),
    target(
      'medicinal-herb-market',
      'Doanh nghiệp được hỗ trợ phát triển thị trường sản phẩm dược liệu',
      'Enterprises helped with a market for medicinal-herb products',
      { vi: 'doanh nghiệp', en: 'enterprises' },
      { min: 1, max: 2 },
      'range',
    ),
    target('research-enterprises', 'Doanh nghiệp được hỗ trợ nghiên cứu', 'Enterprises supported in research', { vi: 'doanh nghiệp', en: 'enterprises' }, 1, 'at-least'),
  ],
  tasks: TASKS,
};
