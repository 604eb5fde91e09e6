import { DomainError } from '../../../../libs/domain/src/errors/domain-error';
import { assertSupportPolicy } from '../../../../libs/domain/src/policies/support-policy';
import { SupportPolicyEntity } from '../../../../libs/persistence/src/entities/reference/support-policy.entity';
import { In, type EntityManager } from 'typeorm';
import { CatalogueItemEntity } from '../../../../libs/persistence/src/entities/reference/catalogue-item.entity';
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
    legalBasisEn: dto.legalBasisEn ?? null,
    supportKinds: dto.supportKinds ?? [],
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
  await assertSupportKindsExist(manager, code, row.supportKinds);
  return row;
}

/** A cap mapped to a support kind no one can pick would silently cap nothing. */
async function assertSupportKindsExist(manager: EntityManager, code: string, supportKinds: readonly string[]): Promise<void> {
  if (supportKinds.length === 0) return;
  const known = await manager.getRepository(CatalogueItemEntity).findBy({ kind: 'support-kinds', code: In([...supportKinds]) });
  const unknown = supportKinds.filter((kind) => !known.some((item) => item.code === kind));
  if (unknown.length > 0) {
    throw new DomainError(
      'POLICY_INVALID',
      {
        vi: `Chính sách "${code}": không có nội dung hỗ trợ ${unknown.map((kind) => `"${kind}"`).join(', ')} trong danh mục support-kinds.`,
        en: `Policy "${code}": the support-kinds catalogue has no ${unknown.map((kind) => `"${kind}"`).join(', ')}.`,
      },
      'supportKinds',
    );
  }
}
