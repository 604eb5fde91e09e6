import type { Actor, Assignee } from './messages';

/**
 * Whether the signed-in actor is the one a step is assigned to. A department's steps are decided
 * by its officers: a council secretary or a programme manager who belongs to the same department
 * (Sở KH&CN) does not act for it.
 */
export function isAssignee(actor: Actor, assignee: Assignee): boolean {
  switch (assignee.kind) {
    case 'user':
      return actor.userId === assignee.id;
    case 'department':
      return actor.departmentCode === assignee.id && actor.roles.includes('department-officer');
    case 'role':
      return actor.roles.includes(assignee.id);
    case 'council':
      return actor.councilIds.includes(assignee.id) && actor.roles.includes('council-secretary');
    case 'enterprise':
      return actor.enterpriseId === assignee.id;
  }
}

/** Deadlines are extended and work reassigned only by the province's programme manager. */
export function isProvinceManager(actor: Actor, provinceCode: string): boolean {
  return actor.roles.includes('programme-manager') && actor.provinceCode === provinceCode;
}
