import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { INT4_MAX, IsSafeInteger } from '../../validation/is-safe-integer';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';
import { LocalizedTextDto } from '../localized-text';

/**
 * PUT replaces the item. Without `version` it creates a new item (409 if the code exists);
 * with `version` it updates that version of an existing item (404 if none, 409 if changed since).
 */
export class SaveCatalogueItemDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'Bỏ trống để xóa mô tả · omit to clear' })
  @IsOptionalNonNull()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  description?: LocalizedTextDto;

  @ApiPropertyOptional({ default: true, description: 'Tắt thay vì xóa: hồ sơ cũ vẫn đọc được mã · switch off instead of deleting' })
  @IsOptionalNonNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Thứ tự; mặc định cuối danh sách khi tạo, giữ nguyên khi sửa · position; default last on create, unchanged on update' })
  @IsOptionalNonNull()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number;

  @ApiPropertyOptional({ description: 'Phiên bản đang sửa; bỏ trống khi tạo mới · the version being edited; omit to create' })
  @IsOptionalNonNull()
  @IsSafeInteger(1, INT4_MAX)
  version?: number;
}
