import type { LocalizedText } from '../../../../../libs/domain/src/errors/domain-error';

/**
 * The identification ballot's criteria when the secretary names none. process.md leaves them to
 * the procedure version, which does not list them yet; these follow the usual evaluation sheet
 * (necessity, novelty, feasibility, applicability) and a council may be convened with its own.
 */
export const DEFAULT_IDENTIFICATION_CRITERIA: readonly { id: string; label: LocalizedText }[] = [
  { id: 'necessity', label: { vi: 'Tính cấp thiết', en: 'Necessity' } },
  { id: 'novelty', label: { vi: 'Tính mới, tính sáng tạo', en: 'Novelty' } },
  { id: 'feasibility', label: { vi: 'Tính khả thi', en: 'Feasibility' } },
  { id: 'applicability', label: { vi: 'Khả năng ứng dụng, địa chỉ ứng dụng', en: 'Applicability and users of the results' } },
];
