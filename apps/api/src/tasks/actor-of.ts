import type { Principal } from '../../../../libs/domain/src/identity/principal';
import type { Actor } from '../../../../workflows/decision/messages';

/** The signed-in principal as workflows see it: validators decide on these facts. */
export function actorOf(principal: Principal): Actor {
  return {
    userId: principal.userId,
    username: principal.username,
    roles: [...principal.roles],
    provinceCode: principal.provinceCode,
    departmentCode: principal.departmentCode,
    enterpriseId: principal.enterpriseId,
    councilIds: [...principal.councilIds],
  };
}
