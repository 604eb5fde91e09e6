import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { isRole, Role } from '../../../../../libs/domain/src/identity/role';
import { EnterpriseEntity } from '../../../../../libs/persistence/src/entities/identity/enterprise.entity';
import { UserEntity } from '../../../../../libs/persistence/src/entities/identity/user.entity';
import { fingerprintOf } from '../../applications/start-application/idempotency';
import { hashPassword, verifyPassword } from '../../auth/password-hashing';
import { normalizeUsername } from '../../auth/principal-of-user';
import { idempotencyKeyReused } from '../../enterprises/idempotency-key-reused';
import { uniqueViolation } from '../../enterprises/unique-violation';
import { ProblemException } from '../../problem/problem';
import { UserView } from '../user.view';
import { CreateUserDto } from './create-user.dto';
import { assertNewUserScope } from './user-scope-rules';

/**
 * Creates an account with roles and scope. The password is stored as an argon2id hash only.
 * Idempotency-Key replays compare the body without the password (no fast hash of a password is
 * ever stored) and check the password against the stored argon2 hash instead.
 */
@Injectable()
export class CreateUserService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>,
  ) {}

  async create(dto: CreateUserDto, admin: Principal, idempotencyKey?: string): Promise<UserView> {
    const { password, ...withoutPassword } = dto;
    const fingerprint = fingerprintOf(withoutPassword);
    if (idempotencyKey) {
      const earlier = await this.users.findOneBy({ createdBy: admin.userId, idempotencyKey });
      if (earlier) return this.replay(earlier, fingerprint, password, idempotencyKey);
    }

    const roles = [...new Set(dto.roles.filter(isRole))] as Role[];
    const enterprise = dto.enterpriseId !== undefined ? await this.enterprises.findOneBy({ id: dto.enterpriseId }) : undefined;
    assertNewUserScope({ ...dto, roles, enterprise });

    const id = randomUUID();
    const username = normalizeUsername(dto.username);
    try {
      await this.users.insert({
        id,
        username,
        passwordHash: await hashPassword(password),
        displayName: dto.displayName.trim(),
        roles,
        provinceCode: dto.provinceCode ?? null,
        departmentCode: dto.departmentCode ?? null,
        enterpriseId: dto.enterpriseId ?? null,
        isUnitHead: dto.isUnitHead === true,
        isApprover: dto.isApprover === true,
        councilIds: [...new Set(dto.councilIds ?? [])],
        email: dto.email ?? null,
        createdBy: admin.userId,
        idempotencyKey: idempotencyKey ?? null,
        requestFingerprint: idempotencyKey ? fingerprint : null,
      });
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === 'ux_users_idempotency' && idempotencyKey) {
        const earlier = await this.users.findOneByOrFail({ createdBy: admin.userId, idempotencyKey });
        return this.replay(earlier, fingerprint, password, idempotencyKey);
      }
      if (constraint === 'uq_users_username') throw usernameTaken(username);
      throw error;
    }
    return UserView.of(await this.users.findOneByOrFail({ id }));
  }

  private async replay(earlier: UserEntity, fingerprint: string, password: string, key: string): Promise<UserView> {
    if (earlier.requestFingerprint !== fingerprint || !(await verifyPassword(earlier.passwordHash, password))) throw idempotencyKeyReused(key);
    return UserView.of(earlier);
  }
}

function usernameTaken(username: string): ProblemException {
  return new ProblemException(
    409,
    'username-taken',
    { vi: 'Tên đăng nhập đã tồn tại', en: 'Username already taken' },
    { vi: `Đã có tài khoản "${username}".`, en: `An account "${username}" already exists.` },
    [{ field: 'username', message: { vi: `Tên đăng nhập "${username}" đã được dùng.`, en: `The username "${username}" is taken.` } }],
  );
}
