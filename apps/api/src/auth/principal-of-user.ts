import type { Principal } from '../../../../libs/domain/src/identity/principal';
import { isRole } from '../../../../libs/domain/src/identity/role';
import type { UserEntity } from '../../../../libs/persistence/src/entities/identity/user.entity';

/** The principal a user row stands for (what access tokens carry). */
export function principalOfUser(user: UserEntity): Principal {
  return {
    userId: user.id,
    username: user.username,
    roles: user.roles.filter(isRole),
    provinceCode: user.provinceCode,
    ...(user.departmentCode !== null ? { departmentCode: user.departmentCode } : {}),
    ...(user.isUnitHead ? { isUnitHead: true } : {}),
    ...(user.isApprover ? { isApprover: true } : {}),
    ...(user.enterpriseId !== null ? { enterpriseId: user.enterpriseId } : {}),
    councilIds: [...user.councilIds],
  };
}

/** Usernames are stored lower case; people type them any way. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}
