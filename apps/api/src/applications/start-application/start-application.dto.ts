import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength, } from 'class-validator';
import { IsSafeInteger } from '../../validation/is-safe-integer';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

/** A new draft (bước 0, soạn hồ sơ): everything but the title and province may come later, before submission. */
export class StartApplicationDto {
  @ApiProperty({ description: 'Tên nhiệm vụ đề xuất · proposed task title', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ description: 'Mã tỉnh · province code', example: 'thanh-hoa' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,63}$/)
  provinceCode!: string;

  @ApiPropertyOptional({ description: 'Nội dung hỗ trợ · support kind (catalogue code)', example: 'management-systems' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(64)
  supportKind?: string;

  @ApiPropertyOptional({ description: 'Kinh phí đề nghị, VND · requested amount in whole VND', example: 300000000 })
  @IsOptionalNonNull()
  @IsSafeInteger()
  requestedAmountVnd?: number;

  @ApiPropertyOptional({ description: 'Sở, ngành đề xuất đặt hàng · sponsoring department', example: 'thanh-hoa/so-cong-thuong' })
  @IsOptionalNonNull()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]*\/[a-z0-9-]+$/)
  sponsoringDepartmentCode?: string;
}
