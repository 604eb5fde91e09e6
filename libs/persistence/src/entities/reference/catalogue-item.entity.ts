import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One entry of a catalogue an enterprise picks from; libs/domain/src/catalogues/catalogue-item.ts. */
@Entity({ name: 'catalogue_items' })
@Index('ix_catalogue_items_kind_order', ['kind', 'sortOrder', 'code'])
export class CatalogueItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kind!: string;

  /** Unique within its kind. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'name_vi', type: 'varchar', length: 500 })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 500 })
  nameEn!: string;

  @Column({ name: 'description_vi', type: 'text', nullable: true })
  descriptionVi!: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
