import { DomainError } from '../errors/domain-error';
import type { Action } from './action';
import { canView } from './can-view';
import { PERMISSIONS } from './permissions';
import type { Principal } from './principal';
import type { ResourceScope } from './resource-scope';

/** True when one of the principal's roles may attempt the action (the permission table). */
export function can(principal: Principal, action: Action): boolean {
  return PERMISSIONS[action].some((role) => principal.roles.includes(role));
}

/** The role check and the scope check together: may this principal do this to this record? */
export function canOn(principal: Principal, action: Action, resource: ResourceScope): boolean {
  return can(principal, action) && canView(principal, resource);
}

/** Throws a 403 `DomainError` unless `can` (and, given a record, `canView`) allows it. */
export function assertCan(principal: Principal, action: Action, resource?: ResourceScope): void {
  const allowed = resource === undefined ? can(principal, action) : canOn(principal, action, resource);
  if (!allowed) {
    throw new DomainError(
      'FORBIDDEN',
      { vi: `Bạn không có quyền thực hiện thao tác này (${action})`, en: `You are not allowed to do this (${action})` },
      undefined,
      403,
    );
  }
}
