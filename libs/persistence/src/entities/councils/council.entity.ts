import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { CouncilRules } from '../../../../domain/src/councils';
import type { LocalizedText } from '../../../../domain/src/errors/domain-error';
import { nullableNumber } from '../number-columns';

export type CouncilStatus = 'convened' | 'closed';

/** A criterion of the identification ballot, as it was when the council was convened. */
export interface StoredCriterion {
  id: string;
  label: LocalizedText;
}

/** A support cap in force for the appraisal (libs/domain/src/councils PolicyCap, as stored). */
export interface StoredPolicyCap {
  id: string;
  per: string;
  shareOfCost?: { num: number; den: number };
  capVnd?: number;
  label?: LocalizedText;
}

/** What closing computed: the outcome code, its label and explanation, and the rule-by-rule detail. */
export interface StoredCouncilResult {
  outcome: string;
  label: LocalizedText;
  explanation: LocalizedText;
  detail: Record<string, unknown>;
}

/**
 * A council convened for one application. `rules` is the rule object in force when it was
 * convened (copied, so a later procedure version never changes a council already sitting).
 */
@Entity({ name: 'councils' })
@Index('ix_councils_application', ['applicationId', 'createdAt'])
@Index('ix_councils_province_status', ['provinceCode', 'status'])
@Index('ix_councils_secretary_status', ['secretaryUserId', 'status'])
export class CouncilEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: 'identification' | 'selection' | 'budget-appraisal' | 'acceptance';
  @Column({ name: 'application_id', type: 'uuid' }) applicationId!: string;
  @Column({ name: 'province_code', type: 'varchar', length: 64 }) provinceCode!: string;
  @Column({ name: 'secretary_user_id', type: 'uuid' }) secretaryUserId!: string;
  @Column({ type: 'varchar', length: 16, default: 'convened' }) status!: CouncilStatus;
  @Column({ name: 'meeting_date', type: 'date', nullable: true }) meetingDate!: string | null;
  @Column({ type: 'jsonb' }) rules!: CouncilRules[keyof CouncilRules];
  /** Identification only. */
  @Column({ type: 'jsonb', nullable: true }) criteria!: StoredCriterion[] | null;
  /** Selection only: 'du-an' (project) or 'de-tai' (applied R&D topic). */
  @Column({ name: 'task_type', type: 'varchar', length: 16, nullable: true }) taskType!: 'du-an' | 'de-tai' | null;
  @Column({ name: 'from_task_proposer', type: 'boolean', default: false }) fromTaskProposer!: boolean;
  /** State-budget support requested (selection tie-break, appraisal), whole VND. */
  @Column({ name: 'requested_vnd', type: 'bigint', nullable: true, transformer: nullableNumber }) requestedVnd!: number | null;
  @Column({ name: 'total_cost_vnd', type: 'bigint', nullable: true, transformer: nullableNumber }) totalCostVnd!: number | null;
  @Column({ type: 'jsonb', nullable: true }) caps!: StoredPolicyCap[] | null;
  @Column({ name: 'contract_end_on', type: 'date', nullable: true }) contractEndOn!: string | null;
  @Column({ name: 'dossier_submitted_on', type: 'date', nullable: true }) dossierSubmittedOn!: string | null;
  /** The chair authorised the vice-chair to preside in the chair's absence. */
  @Column({ name: 'vice_chair_authorised', type: 'boolean', default: false }) viceChairAuthorised!: boolean;
  @Column({ type: 'jsonb', nullable: true }) result!: StoredCouncilResult | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) outcome!: string | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy!: string | null;
  /** When the case workflow accepted the conclusion; null while it has not. */
  @Column({ name: 'conclusion_delivered_at', type: 'timestamptz', nullable: true }) conclusionDeliveredAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn({ type: 'integer' }) version!: number;
}
