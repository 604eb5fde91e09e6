import type { CatalogueItem } from './catalogue-item';

/** Kinds of standard an enterprise records against each product. */
export const STANDARDS: readonly CatalogueItem[] = [
  { kind: 'standards', code: 'tcvn', name: { vi: 'Tiêu chuẩn quốc gia (TCVN)', en: 'National standard (TCVN)' }, active: true },
  { kind: 'standards', code: 'qcvn', name: { vi: 'Quy chuẩn kỹ thuật (QCVN)', en: 'Technical regulation (QCVN)' }, active: true },
  { kind: 'standards', code: 'tccs', name: { vi: 'Tiêu chuẩn cơ sở (TCCS)', en: 'Enterprise standard (TCCS)' }, active: true },
  { kind: 'standards', code: 'regional', name: { vi: 'Tiêu chuẩn khu vực', en: 'Regional standard' }, active: true },
  { kind: 'standards', code: 'international', name: { vi: 'Tiêu chuẩn quốc tế', en: 'International standard' }, active: true },
];
