import type { LocalizedText } from '../errors/domain-error';

/** The four bodies whose decisions the process rules compute. */
export const COUNCIL_KINDS = ['identification', 'selection', 'budget-appraisal', 'acceptance'] as const;
export type CouncilKind = (typeof COUNCIL_KINDS)[number];

export const COUNCIL_KIND_LABELS: Readonly<Record<CouncilKind, LocalizedText>> = {
  identification: { vi: 'Hội đồng tư vấn xác định nhiệm vụ', en: 'Task identification council' },
  selection: { vi: 'Hội đồng tuyển chọn, giao trực tiếp', en: 'Selection / direct assignment council' },
  'budget-appraisal': { vi: 'Tổ thẩm định kinh phí', en: 'Budget appraisal team' },
  acceptance: { vi: 'Hội đồng đánh giá nghiệm thu', en: 'Acceptance council' },
};

/** One role per member; "member" is an ordinary member (ủy viên) with no special duty. */
export const COUNCIL_ROLES = ['chair', 'vice-chair', 'secretary', 'reviewer', 'member'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const COUNCIL_ROLE_LABELS: Readonly<Record<CouncilRole, LocalizedText>> = {
  chair: { vi: 'Chủ tịch hội đồng', en: 'Chair' },
  'vice-chair': { vi: 'Phó Chủ tịch hội đồng', en: 'Vice-chair' },
  secretary: { vi: 'Ủy viên thư ký khoa học', en: 'Scientific secretary' },
  reviewer: { vi: 'Ủy viên phản biện', en: 'Reviewer' },
  member: { vi: 'Ủy viên', en: 'Member' },
};
