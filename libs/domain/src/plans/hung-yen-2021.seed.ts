import type { PlanTarget, ProgrammePlan } from './programme-plan';

const PERIOD = '2021-2025';

function target(code: string, vi: string, en: string, unit: PlanTarget['unit'], value: PlanTarget['value'], comparator: PlanTarget['comparator']): PlanTarget {
  return { code, indicator: { vi, en }, unit, measure: 'count', value, comparator, period: PERIOD };
}

/**
 * Hưng Yên, 2021–2025 [plan]. The number and date of the plan are not in the domain docs:
 * left `null`, not invented. Its tasks are not transcribed there either (an administrator adds them).
 */
export const HUNG_YEN_2021: ProgrammePlan = {
  code: 'hung-yen/2021',
  provinceCode: 'hung-yen',
  historicalProvinceCode: 'hung-yen',
  issuer: { vi: 'Ủy ban nhân dân tỉnh Hưng Yên', en: "Hung Yen Province People's Committee" },
  number: null,
  issuedOn: null,
  issuedYear: 2021,
  periods: [{ code: PERIOD, from: '2021-01-01', to: '2025-12-31' }],
  targets: [
    target('certified-productivity-experts', 'Chuyên gia năng suất được chứng nhận', 'Certified productivity experts', { vi: 'chuyên gia', en: 'experts' }, { min: 1, max: 2 }, 'range'),
    target('certification-assessors', 'Chuyên gia đánh giá chứng nhận', 'Certification assessors', { vi: 'chuyên gia', en: 'assessors' }, { min: 1, max: 2 }, 'range'),
    target(
      'training-programme-institutions',
      'Trường đại học, cao đẳng hoặc trường nghề có chương trình đào tạo về năng suất chất lượng',
      'Universities, colleges or vocational schools with a productivity and quality training programme',
      { vi: 'cơ sở đào tạo', en: 'institutions' },
      1,
      'at-least',
    ),
    target('training-classes', 'Lớp đào tạo', 'Training classes', { vi: 'lớp', en: 'classes' }, 20, 'about'),
    target('awareness-campaigns', 'Chiến dịch truyền thông nâng cao nhận thức', 'Awareness campaigns', { vi: 'chiến dịch', en: 'campaigns' }, { min: 2, max: 4 }, 'range'),
    target(
      'organisations-supported',
      'Tổ chức, doanh nghiệp được hỗ trợ',
      'Organisations or enterprises supported',
      { vi: 'tổ chức, doanh nghiệp', en: 'organisations or enterprises' },
      { min: 20, max: 30 },
      'range',
    ),
    target(
      'tfp-contribution-measured',
      'Đo lường đóng góp của năng suất các nhân tố tổng hợp (TFP) hằng năm',
      'TFP contribution measured every year',
      { vi: 'lần/năm', en: 'per year' },
      1,
      'exactly',
    ),
    target(
      'bodies-accredited',
      'Tổ chức tư vấn hoặc chứng nhận được hỗ trợ để được công nhận',
      'Consulting or certification bodies supported to accreditation',
      { vi: 'tổ chức', en: 'bodies' },
      1,
      'exactly',
    ),
    target('testing-units-equipped', 'Đơn vị thử nghiệm được đầu tư trang thiết bị', 'Testing units equipped', { vi: 'đơn vị', en: 'units' }, 1, 'at-least'),
    target(
      'research-organisations-supported',
      'Tổ chức được hỗ trợ nghiên cứu về năng suất',
      'Organisations supported in research for productivity',
      { vi: 'tổ chức', en: 'organisations' },
      3,
      'at-least',
    ),
  ],
  tasks: [],
};
