import type { LocalizedText } from '../errors/domain-error';

export const DEPARTMENT_KINDS = [
  'science-technology',
  'standards-quality-unit',
  'finance',
  'sponsoring-sector',
  'provincial-peoples-committee',
  'commune-peoples-committee',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** What a department does in the process; procedure steps route work by capability. */
export const DEPARTMENT_CAPABILITIES = ['intake', 'sponsoring', 'budget-appraisal', 'approval', 'contracting', 'programme-management'] as const;
export type DepartmentCapability = (typeof DEPARTMENT_CAPABILITIES)[number];

export const DEPARTMENT_CAPABILITY_LABELS: Readonly<Record<DepartmentCapability, LocalizedText>> = {
  intake: { vi: 'Tiếp nhận hồ sơ (cơ quan thường trực)', en: 'Intake (standing office)' },
  sponsoring: { vi: 'Đơn vị đề xuất đặt hàng', en: 'Sponsoring department' },
  'budget-appraisal': { vi: 'Thẩm định kinh phí', en: 'Budget appraisal' },
  approval: { vi: 'Phê duyệt', en: 'Approval' },
  contracting: { vi: 'Ký hợp đồng', en: 'Contracting' },
  'programme-management': { vi: 'Quản lý chương trình', en: 'Programme management' },
};

/** A body of a province's government that takes part in the programme. */
export interface Department {
  /** `<province>/<slug>`, e.g. 'thanh-hoa/chi-cuc-tdc'. */
  readonly code: string;
  readonly provinceCode: string;
  readonly name: LocalizedText;
  readonly kind: DepartmentKind;
  /** The department this unit belongs to (Chi cục TĐC → Sở KH&CN). */
  readonly parentCode?: string;
  readonly capabilities: readonly DepartmentCapability[];
}
