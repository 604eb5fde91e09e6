import type { CatalogueItem } from './catalogue-item';

/**
 * Measurement assurance contents (Decision 510/QĐ-BKHCN, 17/3/2021). [?] The official list was
 * not found: this is the working list of catalogues.md [2nd], to be edited by an administrator.
 */
export const MEASUREMENT_CONTENTS: readonly CatalogueItem[] = [
  { kind: 'measurement-contents', code: 'organisation-responsibilities', name: { vi: 'Tổ chức và trách nhiệm', en: 'Organisation and responsibilities' }, active: true },
  { kind: 'measurement-contents', code: 'staff-competence', name: { vi: 'Năng lực và đào tạo nhân viên đo lường', en: 'Competence and training of measurement staff' }, active: true },
  { kind: 'measurement-contents', code: 'methods', name: { vi: 'Phương pháp đo, thử nghiệm', en: 'Measurement and test methods' }, active: true },
  {
    kind: 'measurement-contents',
    code: 'instruments-traceability',
    name: { vi: 'Phương tiện đo, chuẩn đo lường, chất chuẩn và tính liên kết chuẩn', en: 'Instruments, standards and reference materials, with traceability' },
    active: true,
  },
  { kind: 'measurement-contents', code: 'verification-calibration', name: { vi: 'Kiểm định, hiệu chuẩn, bảo trì', en: 'Verification, calibration and maintenance' }, active: true },
  { kind: 'measurement-contents', code: 'environment', name: { vi: 'Điều kiện môi trường đo', en: 'Measurement environment' }, active: true },
  { kind: 'measurement-contents', code: 'data-records', name: { vi: 'Dữ liệu và hồ sơ', en: 'Data and records' }, active: true },
  {
    kind: 'measurement-contents',
    code: 'proficiency-testing',
    name: { vi: 'Thử nghiệm thành thạo, so sánh liên phòng', en: 'Proficiency testing and inter-laboratory comparison' },
    active: true,
  },
  { kind: 'measurement-contents', code: 'expected-effect', name: { vi: 'Hiệu quả dự kiến', en: 'Expected effect' }, active: true },
];
