import type { PlanTarget, ProgrammePlan } from './programme-plan';

const PERIOD = '2021';

function target(code: string, vi: string, en: string, unit: PlanTarget['unit'], value: PlanTarget['value'], comparator: PlanTarget['comparator']): PlanTarget {
  return { code, indicator: { vi, en }, unit, measure: 'count', value, comparator, period: PERIOD };
}

/**
 * Thừa Thiên Huế, 149/KH-UBND, 14/4/2021 — year 2021 [plan]; carried on by Huế. Its appendix of
 * tasks (quantity, lead and cooperating agencies) is not transcribed in the domain docs, so no
 * task is seeded; an administrator adds them.
 */
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
  tasks: [],
};
