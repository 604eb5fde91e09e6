import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One seat on a council's roll, with the member's attendance at the meeting. */
@Entity({ name: 'council_members' })
@Index('ix_council_members_user', ['userId'])
export class CouncilMemberEntity {
  @PrimaryColumn({ name: 'council_id', type: 'uuid' }) councilId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  /** A CouncilRole of libs/domain/src/councils. */
  @Column({ type: 'varchar', length: 16 }) role!: 'chair' | 'vice-chair' | 'secretary' | 'reviewer' | 'member';
  /** Sent by Sở Tài chính (the budget appraisal team needs one). */
  @Column({ name: 'finance_department', type: 'boolean', default: false }) financeDepartment!: boolean;
  @Column({ type: 'boolean', default: true }) present!: boolean;
}
