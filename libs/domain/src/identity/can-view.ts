import type { Principal } from './principal';
import { hasRole } from './principal';
import type { ResourceScope } from './resource-scope';

function shares(left: readonly string[] | undefined, right: readonly string[] | undefined): boolean {
  return (left ?? []).some((value) => (right ?? []).includes(value));
}

/**
 * The scope rules. A principal with several roles sees the union of what each role sees.
 * - administrator: everything, in every province (provinceCode null);
 * - nobody else sees anything of another province;
 * - enterprise user: only records of their own enterprise;
 * - department officer: only records routed to their own department (exact code: a Sở does
 *   not see its Chi cục's records through this rule);
 * - council member: only records of a council they sit on;
 * - council secretary: every record of their province that has a council or waits for one
 *   (a secretary must see an application before convening its council);
 * - programme manager: everything in their province.
 */
export function canView(principal: Principal, resource: ResourceScope): boolean {
  if (hasRole(principal, 'administrator')) return true;
  if (principal.provinceCode === null || principal.provinceCode !== resource.provinceCode) return false;

  if (hasRole(principal, 'programme-manager')) return true;
  if (hasRole(principal, 'enterprise-user') && principal.enterpriseId !== undefined && principal.enterpriseId === resource.enterpriseId) return true;
  if (hasRole(principal, 'department-officer') && principal.departmentCode !== undefined && (resource.departmentCodes ?? []).includes(principal.departmentCode)) {
    return true;
  }
  if (hasRole(principal, 'council-member') && shares(principal.councilIds, resource.councilIds)) return true;
  if (hasRole(principal, 'council-secretary') && ((resource.councilIds ?? []).length > 0 || resource.awaitingCouncil === true)) return true;
  return false;
}
