import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ACTIONS } from '../../../../../libs/domain/src/identity/action';
import { can } from '../../../../../libs/domain/src/identity/can';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { isRole, ROLE_LABELS } from '../../../../../libs/domain/src/identity/role';
import { EnterpriseEntity } from '../../../../../libs/persistence/src/entities/identity/enterprise.entity';
import { UserEntity } from '../../../../../libs/persistence/src/entities/identity/user.entity';
import { invalidAccessToken } from '../../auth/auth-problems';
import { currentProvince, knownDepartment } from '../../auth/known-organisation';
import { principalOfUser } from '../../auth/principal-of-user';
import { MeView } from './me.view';

@Injectable()
export class GetMeService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>,
  ) {}

  /** Read from the user row, not the token: /me shows the account as it is now. */
  async get(caller: Principal): Promise<MeView> {
    const user = await this.users.findOneBy({ id: caller.userId });
    // A deleted or disabled account's remaining access tokens are no longer honoured here.
    if (!user || !user.active) throw invalidAccessToken();
    const principal = principalOfUser(user);
    const enterprise = user.enterpriseId !== null ? await this.enterprises.findOneBy({ id: user.enterpriseId }) : null;
    const province = user.provinceCode !== null ? currentProvince(user.provinceCode) : undefined;
    const department = user.departmentCode !== null ? knownDepartment(user.departmentCode) : undefined;
    return {
      user: { id: user.id, username: user.username, displayName: user.displayName, email: user.email },
      roles: user.roles.filter(isRole).map((role) => ({ code: role, label: ROLE_LABELS[role] })),
      province: user.provinceCode === null ? null : { code: user.provinceCode, name: province?.name ?? { vi: user.provinceCode, en: user.provinceCode } },
      department:
        user.departmentCode === null
          ? null
          : {
              code: user.departmentCode,
              name: department?.name ?? { vi: user.departmentCode, en: user.departmentCode },
              isUnitHead: user.isUnitHead,
              isApprover: user.isApprover,
            },
      enterprise: enterprise ? { id: enterprise.id, taxCode: enterprise.taxCode, name: enterprise.name, sizeClass: enterprise.sizeClass } : null,
      councils: user.councilIds.map((id) => ({ id })),
      allowedActions: ACTIONS.filter((action) => can(principal, action)),
    };
  }
}
