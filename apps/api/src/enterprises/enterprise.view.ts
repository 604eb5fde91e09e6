import { ApiProperty } from '@nestjs/swagger';
import { classifyEnterpriseSize } from '../../../../libs/domain/src/enterprises/classify-size';
import { isSector, SECTOR_LABELS } from '../../../../libs/domain/src/enterprises/sector';
import { isSizeClass, SIZE_CLASS_LABELS } from '../../../../libs/domain/src/enterprises/size-class';
import type { LocalizedText } from '../../../../libs/domain/src/errors/domain-error';
import type { Vnd } from '../../../../libs/domain/src/money/vnd';
import { EnterpriseEntity } from '../../../../libs/persistence/src/entities/identity/enterprise.entity';

class LabelView {
  @ApiProperty() vi!: string;
  @ApiProperty() en!: string;
}

/** An enterprise as clients see it, with its size class and the reason for it. */
export class EnterpriseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2801234564', description: 'Dạng chuẩn · canonical form' }) taxCode!: string;
  @ApiProperty({ example: 'Công ty Cổ phần Chế biến Nông sản A' }) name!: string;
  @ApiProperty({ example: 'agriculture-forestry-fishery' }) sector!: string;
  @ApiProperty({ type: LabelView }) sectorLabel!: LocalizedText;
  @ApiProperty({ description: 'Lao động tham gia BHXH bình quân năm · yearly average insured staff' }) staff!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'VND' }) revenueVnd!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'VND' }) capitalVnd!: number | null;
  @ApiProperty({ enum: ['micro', 'small', 'medium', 'large'] }) sizeClass!: string;
  @ApiProperty({ type: LabelView }) sizeClassLabel!: LocalizedText;
  @ApiProperty({ type: LabelView, description: 'Căn cứ xếp loại (Nghị định 80/2021/NĐ-CP, Điều 5) · why this class' }) sizeExplanation!: LocalizedText;
  @ApiProperty({ example: 'thanh-hoa' }) provinceCode!: string;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(row: EnterpriseEntity): EnterpriseView {
    const sector = isSector(row.sector) ? row.sector : undefined;
    const explanation = sector
      ? classifyEnterpriseSize({
          sector,
          staff: row.staff,
          ...(row.revenueVnd !== null ? { revenueVnd: row.revenueVnd as Vnd } : {}),
          ...(row.capitalVnd !== null ? { capitalVnd: row.capitalVnd as Vnd } : {}),
        }).explanation
      : { vi: '', en: '' };
    return Object.assign(new EnterpriseView(), {
      id: row.id,
      taxCode: row.taxCode,
      name: row.name,
      sector: row.sector,
      sectorLabel: sector ? SECTOR_LABELS[sector] : { vi: row.sector, en: row.sector },
      staff: row.staff,
      revenueVnd: row.revenueVnd,
      capitalVnd: row.capitalVnd,
      sizeClass: row.sizeClass,
      sizeClassLabel: isSizeClass(row.sizeClass) ? SIZE_CLASS_LABELS[row.sizeClass] : { vi: row.sizeClass, en: row.sizeClass },
      sizeExplanation: explanation,
      provinceCode: row.provinceCode,
      address: row.address,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    });
  }
}
