import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A member's ballot. The payload depends on the council's kind: verdicts per criterion and a
 * mode (identification), scores per criterion (selection), a proposed amount (budget
 * appraisal), a grade (acceptance). A member may replace it until the council closes.
 */
@Entity({ name: 'ballots' })
export class BallotEntity {
  @PrimaryColumn({ name: 'council_id', type: 'uuid' }) councilId!: string;
  @PrimaryColumn({ name: 'member_user_id', type: 'uuid' }) memberUserId!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Column({ name: 'cast_at', type: 'timestamptz' }) castAt!: Date;
}
