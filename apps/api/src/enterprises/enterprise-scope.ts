import { canView } from '../../../../libs/domain/src/identity/can-view';
import { hasRole, Principal } from '../../../../libs/domain/src/identity/principal';

export interface EnterpriseScope {
  readonly id: string;
  readonly provinceCode: string;
}

/**
 * Who may read an enterprise's record: the domain's scope rules (administrator; programme manager
 * of the province; the enterprise's own users), plus department officers and council secretaries
 * of the same province, who route, appraise and convene on the province's applications and need
 * the applicant's facts. Council members (outside experts) and other enterprises may not.
 */
export function canReadEnterprise(principal: Principal, enterprise: EnterpriseScope): boolean {
  if (canView(principal, { provinceCode: enterprise.provinceCode, enterpriseId: enterprise.id })) return true;
  const provincialStaff = hasRole(principal, 'department-officer') || hasRole(principal, 'council-secretary');
  return provincialStaff && principal.provinceCode !== null && principal.provinceCode === enterprise.provinceCode;
}

/**
 * Who may register an enterprise in a province: the administrator anywhere; a programme manager
 * in their own province; an enterprise user who does not act for an enterprise yet, in their own
 * province (they then act for it). The permission table has already allowed the role.
 */
export function canRegisterEnterpriseIn(principal: Principal, provinceCode: string): boolean {
  if (hasRole(principal, 'administrator')) return true;
  if (principal.provinceCode !== provinceCode) return false;
  if (hasRole(principal, 'programme-manager')) return true;
  return hasRole(principal, 'enterprise-user') && principal.enterpriseId === undefined;
}
