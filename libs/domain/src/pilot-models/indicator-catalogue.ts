import { Indicator } from './indicator';

/** Typical baseline-and-after figures of a pilot model (process.md §B); models may add their own. */
export const TYPICAL_INDICATORS: readonly Indicator[] = [
  {
    code: 'LABOUR_PRODUCTIVITY',
    name: { vi: 'Năng suất lao động (giá trị gia tăng trên một lao động mỗi năm)', en: 'Labour productivity (value added per worker per year)' },
    unit: 'VND/người/năm',
    direction: 'higher-is-better',
  },
  {
    code: 'OUTPUT_PER_LABOUR_HOUR',
    name: { vi: 'Sản lượng trên một giờ công lao động', en: 'Output per labour-hour' },
    unit: 'sản phẩm/giờ công',
    direction: 'higher-is-better',
  },
  {
    code: 'DEFECT_RATE',
    name: { vi: 'Tỷ lệ sản phẩm lỗi, phải làm lại', en: 'Defect or rework rate' },
    unit: '%',
    direction: 'lower-is-better',
  },
  {
    code: 'ON_TIME_DELIVERY',
    name: { vi: 'Tỷ lệ giao hàng đúng hạn', en: 'On-time delivery rate' },
    unit: '%',
    direction: 'higher-is-better',
  },
  {
    code: 'ENERGY_PER_UNIT',
    name: { vi: 'Tiêu hao năng lượng trên một đơn vị sản phẩm', en: 'Energy used per unit of output' },
    unit: 'kWh/sản phẩm',
    direction: 'lower-is-better',
  },
  {
    code: 'CUSTOMER_COMPLAINTS',
    name: { vi: 'Số khiếu nại của khách hàng trong kỳ', en: 'Customer complaints per period' },
    unit: 'khiếu nại/kỳ',
    direction: 'lower-is-better',
  },
  {
    code: 'CERTIFIED_SYSTEMS',
    name: { vi: 'Số hệ thống quản lý được chứng nhận', en: 'Number of certified management systems' },
    unit: 'hệ thống',
    direction: 'higher-is-better',
  },
];

export function findIndicator(code: string): Indicator | undefined {
  return TYPICAL_INDICATORS.find((indicator) => indicator.code === code);
}
