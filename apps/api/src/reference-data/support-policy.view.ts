import { ApiProperty } from '@nestjs/swagger';
import { SIZE_CLASSES } from '../../../../libs/domain/src/enterprises/size-class';
import type { SupportPer, SupportPolicy } from '../../../../libs/domain/src/policies/support-policy';
import { SUPPORT_PER_LABELS } from '../../../../libs/domain/src/policies/support-policy';
import { SupportPolicyEntity } from '../../../../libs/persistence/src/entities/reference/support-policy.entity';
import { supportPolicyOfRow } from '../../../../libs/persistence/src/entities/reference/support-policy-of';
import { LocalizedTextView } from './localized-text';

export const SUPPORT_PERS = Object.keys(SUPPORT_PER_LABELS) as SupportPer[];

export class ShareView {
  @ApiProperty({ example: 1 }) num!: number;
  @ApiProperty({ example: 2 }) den!: number;
}

/** A support rule row: at most `shareOfCost` of the eligible cost, capped at `capVnd` per `per`. */
export class SupportPolicyView {
  @ApiProperty({ example: 'D80-A13-ADVISOR-SMALL' }) code!: string;
  @ApiProperty({ type: LocalizedTextView }) name!: LocalizedTextView;
  @ApiProperty({ example: 'Nghị định 80/2021/NĐ-CP, Điều 13, khoản 2' }) legalBasis!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Decree 80/2021/NĐ-CP, Article 13(2)' }) legalBasisEn!: string | null;
  @ApiProperty({ type: String, isArray: true, example: ['management-systems-and-tools'], description: 'Nội dung hỗ trợ mà mức trần áp dụng · support kinds the cap applies to' })
  supportKinds!: string[];
  @ApiProperty({ type: ShareView, description: 'Tỷ lệ tối đa của chi phí · highest share of the cost' }) shareOfCost!: ShareView;
  @ApiProperty({ description: 'Mức trần, VND · cap in whole VND', example: 100000000 }) capVnd!: number;
  @ApiProperty({ enum: SUPPORT_PERS }) per!: string;
  @ApiProperty({ enum: SIZE_CLASSES, isArray: true, nullable: true, description: 'null: mọi quy mô · any size' }) sizeClasses!: string[] | null;
  @ApiProperty({ description: 'Chỉ cho doanh nghiệp do phụ nữ làm chủ, nhiều lao động nữ, doanh nghiệp xã hội' }) womenOrSocialEnterpriseOnly!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Dòng được thay thế · the row this one replaces' }) supersedes!: string | null;
  @ApiProperty({ format: 'date', example: '2021-10-15' }) validFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Ngày cuối · last day (inclusive)' }) validTo!: string | null;
  @ApiProperty({ description: 'Gửi lại khi sửa · send back when editing (optimistic locking)' }) version!: number;

  static of(row: SupportPolicyEntity): SupportPolicyView {
    return Object.assign(new SupportPolicyView(), {
      code: row.code,
      name: LocalizedTextView.of(row.nameVi, row.nameEn),
      legalBasis: row.legalBasis,
      legalBasisEn: row.legalBasisEn,
      supportKinds: row.supportKinds,
      shareOfCost: { num: row.shareNum, den: row.shareDen },
      capVnd: row.capVnd,
      per: row.per,
      sizeClasses: row.sizeClasses,
      womenOrSocialEnterpriseOnly: row.womenOrSocialEnterpriseOnly,
      supersedes: row.supersedes,
      validFrom: row.validFrom,
      validTo: row.validTo,
      version: row.version,
    });
  }
}

/** The domain object of a row, for the domain's checks and calculations. */
export function supportPolicyOf(row: Omit<SupportPolicyEntity, 'version' | 'updatedAt'>): SupportPolicy {
  return supportPolicyOfRow(row);
}
