import { DomainError } from '../../../../libs/domain/src/errors/domain-error';
import { assertSupportPolicy } from '../../../../libs/domain/src/policies/support-policy';
import { SupportPolicyEntity } from '../../../../libs/persistence/src/entities/reference/support-policy.entity';
import type { EntityManager } from 'typeorm';
import { SupportPolicyFieldsDto } from './support-policy.dto';
import { supportPolicyOf } from './support-policy.view';

export type SupportPolicyRow = Omit<SupportPolicyEntity, 'version' | 'updatedAt'>;

/** The row an administrator's input makes, checked by the domain (422 on a broken rule). */
export async function checkedPolicyRow(manager: EntityManager, code: string, dto: SupportPolicyFieldsDto): Promise<SupportPolicyRow> {
  const row: SupportPolicyRow = {
    code,
    nameVi: dto.name.vi,
    nameEn: dto.name.en,
    legalBasis: dto.legalBasis,
    shareNum: dto.shareOfCost.num,
    shareDen: dto.shareOfCost.den,
    capVnd: dto.capVnd,
    per: dto.per,
    sizeClasses: dto.sizeClasses ?? null,
    womenOrSocialEnterpriseOnly: dto.womenOrSocialEnterpriseOnly ?? false,
    supersedes: dto.supersedes ?? null,
    validFrom: dto.validFrom,
    validTo: dto.validTo ?? null,
  };
  assertSupportPolicy(supportPolicyOf(row));
  if (row.supersedes !== null) {
    const replaced = row.supersedes === code ? null : await manager.getRepository(SupportPolicyEntity).findOneBy({ code: row.supersedes });
    if (!replaced) {
      throw new DomainError(
        'POLICY_INVALID',
        {
          vi: `Chính sách "${code}" thay thế dòng "${row.supersedes}" không có (hoặc chính nó).`,
          en: `Policy "${code}" supersedes "${row.supersedes}", which does not exist (or is itself).`,
        },
        'supersedes',
      );
    }
  }
  return row;
}
