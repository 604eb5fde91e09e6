import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { CalendarOverride } from '../../../../domain/src/calendar/day-off';

/** A year's decisions layered on the computed holidays (Tết placement, swaps, extra days off). */
@Entity({ name: 'calendar_overrides' })
export class CalendarOverrideEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  /** The whole CalendarOverride, `year` included. */
  @Column({ type: 'jsonb' })
  override!: CalendarOverride;

  /** Who last saved it (a username, or 'seed' for the official schedules shipped with the product). */
  @Column({ name: 'updated_by', type: 'varchar', length: 128, nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
