import type { LocalizedText } from '../errors/domain-error';

export const ROLES = ['enterprise-user', 'department-officer', 'council-member', 'council-secretary', 'programme-manager', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, LocalizedText>> = {
  'enterprise-user': { vi: 'Người dùng doanh nghiệp', en: 'Enterprise user' },
  'department-officer': { vi: 'Cán bộ sở, ngành', en: 'Department officer' },
  'council-member': { vi: 'Thành viên hội đồng', en: 'Council member' },
  'council-secretary': { vi: 'Thư ký hội đồng', en: 'Council secretary' },
  'programme-manager': { vi: 'Cán bộ quản lý chương trình (Sở KH&CN)', en: 'Programme manager (Department of Science and Technology)' },
  administrator: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
