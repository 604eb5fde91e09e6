import type { Role } from './role';

/**
 * A demo user of api.md's table (embedded/demo mode only). Runtime ids (user, enterprise,
 * councils) are not known here: `enterpriseKey` names the seeded enterprise, and
 * `sitsOnDemoCouncils` says the account is put on the demo province's councils.
 */
export interface DemoAccount {
  readonly username: string;
  readonly roles: readonly Role[];
  /** 'thanh-hoa' or 'hung-yen'; `null` for the administrator (whole instance). */
  readonly provinceCode: string | null;
  readonly departmentCode?: string;
  /** 'enterprise-a' or 'enterprise-b'. */
  readonly enterpriseKey?: string;
  readonly sitsOnDemoCouncils?: boolean;
  readonly isUnitHead?: boolean;
  readonly isApprover?: boolean;
}
