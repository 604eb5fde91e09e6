import type { DemoAccount } from './demo-account';
import type { Principal } from './principal';

/** The ids a demo account gets once its user, enterprise and councils exist. */
export interface DemoIds {
  readonly userId: string;
  readonly enterpriseId?: string;
  readonly councilIds?: readonly string[];
}

/** Builds the principal of a seeded demo account. */
export function demoPrincipal(account: DemoAccount, ids: DemoIds): Principal {
  return {
    userId: ids.userId,
    username: account.username,
    roles: [...account.roles],
    provinceCode: account.provinceCode,
    ...(account.departmentCode !== undefined ? { departmentCode: account.departmentCode } : {}),
    ...(account.isUnitHead ? { isUnitHead: true } : {}),
    ...(account.isApprover ? { isApprover: true } : {}),
    ...(ids.enterpriseId !== undefined ? { enterpriseId: ids.enterpriseId } : {}),
    councilIds: [...(ids.councilIds ?? [])],
  };
}
