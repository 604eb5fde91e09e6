import type { CatalogueItem } from './catalogue-item';

/** Management systems (hệ thống quản lý); codes exactly as catalogues.md's table. */
export const MANAGEMENT_SYSTEMS: readonly CatalogueItem[] = [
  { kind: 'management-systems', code: 'ISO_9001', name: { vi: 'Hệ thống quản lý chất lượng (ISO 9001)', en: 'Quality management system (ISO 9001)' }, active: true },
  { kind: 'management-systems', code: 'ISO_14001', name: { vi: 'Hệ thống quản lý môi trường (ISO 14001)', en: 'Environmental management system (ISO 14001)' }, active: true },
  { kind: 'management-systems', code: 'ISO_22000', name: { vi: 'Hệ thống quản lý an toàn thực phẩm (ISO 22000)', en: 'Food safety management system (ISO 22000)' }, active: true },
  { kind: 'management-systems', code: 'HACCP', name: { vi: 'Phân tích mối nguy và điểm kiểm soát tới hạn (HACCP)', en: 'Hazard analysis and critical control points (HACCP)' }, active: true },
  {
    kind: 'management-systems',
    code: 'ISO_45001',
    name: { vi: 'Hệ thống quản lý an toàn, sức khỏe nghề nghiệp (ISO 45001)', en: 'Occupational health and safety management system (ISO 45001)' },
    active: true,
  },
  { kind: 'management-systems', code: 'ISO_50001', name: { vi: 'Hệ thống quản lý năng lượng (ISO 50001)', en: 'Energy management system (ISO 50001)' }, active: true },
  {
    kind: 'management-systems',
    code: 'ISO_17025',
    name: { vi: 'Năng lực phòng thử nghiệm, hiệu chuẩn (TCVN ISO/IEC 17025)', en: 'Testing and calibration laboratory competence (TCVN ISO/IEC 17025)' },
    active: true,
  },
  {
    kind: 'management-systems',
    code: 'ISO_56002',
    name: { vi: 'Hệ thống quản lý đổi mới sáng tạo (bộ ISO 56000)', en: 'Innovation management system (ISO 56000 family)' },
    active: true,
  },
  { kind: 'management-systems', code: 'GMP', name: { vi: 'Thực hành sản xuất tốt (GMP)', en: 'Good manufacturing practice (GMP)' }, active: true },
];
