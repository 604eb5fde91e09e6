import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { requiredNumber } from '../number-columns';

/** One support rule (share of cost, cap in VND, per what, valid from–to); libs/domain/src/policies/support-policy.ts. */
@Entity({ name: 'support_policies' })
@Index('ix_support_policies_validity', ['validFrom', 'validTo'])
export class SupportPolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'name_vi', type: 'varchar', length: 500 })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 500 })
  nameEn!: string;

  @Column({ name: 'legal_basis', type: 'varchar', length: 500 })
  legalBasis!: string;

  /** The legal basis in English; null: show legal_basis. */
  @Column({ name: 'legal_basis_en', type: 'varchar', length: 500, nullable: true })
  legalBasisEn!: string | null;

  /** Codes of the support kinds (catalogue support-kinds) the row caps; empty: it caps no case. */
  @Column({ name: 'support_kinds', type: 'text', array: true, default: () => "'{}'" })
  supportKinds!: string[];

  @Column({ name: 'share_num', type: 'integer' })
  shareNum!: number;

  @Column({ name: 'share_den', type: 'integer' })
  shareDen!: number;

  @Column({ name: 'cap_vnd', type: 'bigint', transformer: requiredNumber })
  capVnd!: number;

  @Column({ type: 'varchar', length: 32 })
  per!: string;

  /** Null means any size. */
  @Column({ name: 'size_classes', type: 'text', array: true, nullable: true })
  sizeClasses!: string[] | null;

  @Column({ name: 'women_or_social_enterprise_only', type: 'boolean', default: false })
  womenOrSocialEnterpriseOnly!: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  supersedes!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** Last day in force, inclusive. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
