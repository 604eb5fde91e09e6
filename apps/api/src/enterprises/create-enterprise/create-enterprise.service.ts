import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { classifyEnterpriseSize } from '../../../../../libs/domain/src/enterprises/classify-size';
import type { Sector } from '../../../../../libs/domain/src/enterprises/sector';
import { parseTaxCode } from '../../../../../libs/domain/src/enterprises/tax-code';
import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import { hasRole, Principal } from '../../../../../libs/domain/src/identity/principal';
import type { Vnd } from '../../../../../libs/domain/src/money/vnd';
import { EnterpriseEntity } from '../../../../../libs/persistence/src/entities/identity/enterprise.entity';
import { UserEntity } from '../../../../../libs/persistence/src/entities/identity/user.entity';
import { fingerprintOf } from '../../applications/start-application/idempotency';
import { currentProvince } from '../../auth/known-organisation';
import { ProblemException } from '../../problem/problem';
import { canRegisterEnterpriseIn } from '../enterprise-scope';
import { EnterpriseView } from '../enterprise.view';
import { idempotencyKeyReused } from '../idempotency-key-reused';
import { uniqueViolation } from '../unique-violation';
import { CreateEnterpriseDto } from './create-enterprise.dto';

/**
 * Registers an enterprise: tax code checked (check digit), size class derived (Decree 80/2021,
 * Art. 5). An enterprise user without an enterprise is linked to the one they register (their
 * next token, after POST /auth/refresh, carries it). With an Idempotency-Key the caller's same
 * key and body return the first record.
 */
@Injectable()
export class CreateEnterpriseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>,
  ) {}

  async create(dto: CreateEnterpriseDto, principal: Principal, idempotencyKey?: string): Promise<EnterpriseView> {
    const fingerprint = fingerprintOf(dto);
    if (idempotencyKey) {
      const earlier = await this.enterprises.findOneBy({ createdBy: principal.userId, idempotencyKey });
      if (earlier) return this.replay(earlier, fingerprint, idempotencyKey);
    }

    if (!canRegisterEnterpriseIn(principal, dto.provinceCode)) throw forbiddenRegistration(principal);
    const taxCode = parseTaxCode(dto.taxCode, 'taxCode');
    if (!currentProvince(dto.provinceCode)) {
      throw new DomainError(
        'PROVINCE_UNKNOWN',
        { vi: `Không có tỉnh, thành phố mã "${dto.provinceCode}" đang có hiệu lực.`, en: `There is no province in force with code "${dto.provinceCode}".` },
        'provinceCode',
      );
    }
    const size = classifyEnterpriseSize({
      sector: dto.sector as Sector,
      staff: dto.staff,
      ...(dto.revenueVnd !== undefined ? { revenueVnd: dto.revenueVnd as Vnd } : {}),
      ...(dto.capitalVnd !== undefined ? { capitalVnd: dto.capitalVnd as Vnd } : {}),
    });

    const id = randomUUID();
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(EnterpriseEntity).insert({
          id,
          taxCode: taxCode.value,
          name: dto.name.trim(),
          sector: dto.sector,
          staff: dto.staff,
          revenueVnd: dto.revenueVnd ?? null,
          capitalVnd: dto.capitalVnd ?? null,
          sizeClass: size.sizeClass,
          provinceCode: dto.provinceCode,
          address: dto.address?.trim() || null,
          createdBy: principal.userId,
          idempotencyKey: idempotencyKey ?? null,
          requestFingerprint: idempotencyKey ? fingerprint : null,
        });
        if (hasRole(principal, 'enterprise-user')) {
          const linked = await manager.getRepository(UserEntity).update({ id: principal.userId, enterpriseId: IsNull() }, { enterpriseId: id });
          // Someone linked this user meanwhile (another registration): this one must not exist unowned.
          if (linked.affected !== 1) throw forbiddenRegistration(principal);
        }
      });
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === 'ux_enterprises_idempotency' && idempotencyKey) {
        // A concurrent request with the same key won the race: answer with its record.
        const earlier = await this.enterprises.findOneByOrFail({ createdBy: principal.userId, idempotencyKey });
        return this.replay(earlier, fingerprint, idempotencyKey);
      }
      if (constraint === 'uq_enterprises_tax_code') throw taxCodeTaken(taxCode.value);
      throw error;
    }
    return EnterpriseView.of(await this.enterprises.findOneByOrFail({ id }));
  }

  private replay(earlier: EnterpriseEntity, fingerprint: string, key: string): EnterpriseView {
    if (earlier.requestFingerprint !== fingerprint) throw idempotencyKeyReused(key);
    return EnterpriseView.of(earlier);
  }
}

function forbiddenRegistration(principal: Principal): DomainError {
  const text =
    hasRole(principal, 'enterprise-user') && principal.enterpriseId !== undefined
      ? {
          vi: 'Tài khoản của bạn đã gắn với một doanh nghiệp; không thể đăng ký thêm doanh nghiệp khác.',
          en: 'Your account already acts for an enterprise; it cannot register another one.',
        }
      : {
          vi: 'Bạn chỉ được đăng ký doanh nghiệp thuộc tỉnh, thành phố mình phụ trách.',
          en: 'You may only register enterprises of your own province.',
        };
  return new DomainError('FORBIDDEN', text, undefined, 403);
}

function taxCodeTaken(taxCode: string): ProblemException {
  return new ProblemException(
    409,
    'enterprise-tax-code-taken',
    { vi: 'Mã số thuế đã được đăng ký', en: 'Tax code already registered' },
    { vi: `Doanh nghiệp có mã số thuế ${taxCode} đã có trong hệ thống.`, en: `An enterprise with tax code ${taxCode} is already registered.` },
    [{ field: 'taxCode', message: { vi: `Mã số thuế ${taxCode} đã được đăng ký.`, en: `Tax code ${taxCode} is already registered.` } }],
  );
}
