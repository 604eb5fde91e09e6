import type { CatalogueItem } from './catalogue-item';

/** Good practice and product certification. (System certificates use `management-systems`.) */
export const CERTIFICATIONS: readonly CatalogueItem[] = [
  { kind: 'certifications', code: 'vietgap', name: { vi: 'VietGAP (thực hành nông nghiệp tốt)', en: 'VietGAP (good agricultural practice)' }, active: true },
  { kind: 'certifications', code: 'vietgahp', name: { vi: 'VietGAHP (thực hành chăn nuôi tốt)', en: 'VietGAHP (good animal husbandry practice)' }, active: true },
  { kind: 'certifications', code: 'globalgap', name: { vi: 'GlobalGAP', en: 'GlobalG.A.P.' }, active: true },
  { kind: 'certifications', code: 'organic', name: { vi: 'Nông nghiệp hữu cơ', en: 'Organic agriculture' }, active: true },
  { kind: 'certifications', code: 'conformity-to-standard', name: { vi: 'Chứng nhận hợp chuẩn', en: 'Conformity to standard' }, active: true },
  { kind: 'certifications', code: 'conformity-to-regulation', name: { vi: 'Chứng nhận hợp quy', en: 'Conformity to technical regulation' }, active: true },
  { kind: 'certifications', code: 'ocop', name: { vi: 'Đánh giá, phân hạng sản phẩm OCOP', en: 'OCOP product rating' }, active: true },
];
