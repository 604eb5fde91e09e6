import type { SizeClass } from '../../../../domain/src/enterprises/size-class';
import type { Vnd } from '../../../../domain/src/money/vnd';
import type { SupportPer, SupportPolicy } from '../../../../domain/src/policies/support-policy';
import type { SupportPolicyEntity } from './support-policy.entity';

/** The domain object of a stored row, for the domain's checks and calculations. */
export function supportPolicyOfRow(row: Omit<SupportPolicyEntity, 'version' | 'updatedAt'>): SupportPolicy {
  return {
    code: row.code,
    name: { vi: row.nameVi, en: row.nameEn },
    legalBasis: row.legalBasis,
    ...(row.legalBasisEn !== null ? { legalBasisEn: row.legalBasisEn } : {}),
    supportKinds: row.supportKinds,
    shareOfCost: { num: row.shareNum, den: row.shareDen },
    capVnd: row.capVnd as Vnd,
    per: row.per as SupportPer,
    ...(row.sizeClasses !== null ? { sizeClasses: row.sizeClasses as SizeClass[] } : {}),
    ...(row.womenOrSocialEnterpriseOnly ? { womenOrSocialEnterpriseOnly: true } : {}),
    ...(row.supersedes !== null ? { supersedes: row.supersedes } : {}),
    validFrom: row.validFrom,
    ...(row.validTo !== null ? { validTo: row.validTo } : {}),
  };
}
