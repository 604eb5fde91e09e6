import type { Role } from './role';

/** Who is calling: the facts the scope rules and the permission table decide on. */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly Role[];
  /** The province the user works in; `null` only for an administrator (the whole instance). */
  readonly provinceCode: string | null;
  /** Department code, e.g. 'thanh-hoa/chi-cuc-tdc', for staff. */
  readonly departmentCode?: string;
  /** Head of their unit: receives escalations of the unit's overdue steps. */
  readonly isUnitHead?: boolean;
  /** May sign approval decisions (UBND tỉnh, or a delegated director). */
  readonly isApprover?: boolean;
  /** The enterprise an enterprise user acts for. */
  readonly enterpriseId?: string;
  /** The councils the user sits on (member) or keeps (secretary). */
  readonly councilIds: readonly string[];
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}
