import { ApiProperty } from '@nestjs/swagger';
import { CATALOGUE_KINDS } from '../../../../libs/domain/src/catalogues/catalogue-item';
import { CatalogueItemEntity } from '../../../../libs/persistence/src/entities/reference/catalogue-item.entity';
import { LocalizedTextView } from './localized-text';

/** An item an enterprise may pick (active items only). */
export class CatalogueItemView {
  @ApiProperty({ enum: CATALOGUE_KINDS }) kind!: string;
  @ApiProperty({ example: 'ISO_9001' }) code!: string;
  @ApiProperty({ type: LocalizedTextView }) name!: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView, nullable: true }) description!: LocalizedTextView | null;

  static of(row: CatalogueItemEntity): CatalogueItemView {
    return Object.assign(new CatalogueItemView(), CatalogueItemView.fields(row));
  }

  protected static fields(row: CatalogueItemEntity) {
    return {
      kind: row.kind,
      code: row.code,
      name: LocalizedTextView.of(row.nameVi, row.nameEn),
      description: row.descriptionVi !== null && row.descriptionEn !== null ? LocalizedTextView.of(row.descriptionVi, row.descriptionEn) : null,
    };
  }
}

/** The administrator's view: switched-off items too, with list position and lock version. */
export class AdminCatalogueItemView extends CatalogueItemView {
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Thứ tự trong danh mục · position in the list' }) sortOrder!: number;
  @ApiProperty({ description: 'Gửi lại khi sửa · send back when editing (optimistic locking)' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static override of(row: CatalogueItemEntity): AdminCatalogueItemView {
    return Object.assign(new AdminCatalogueItemView(), {
      ...CatalogueItemView.fields(row),
      active: row.active,
      sortOrder: row.sortOrder,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
    });
  }
}
