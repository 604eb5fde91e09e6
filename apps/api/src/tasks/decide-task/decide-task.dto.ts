import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

export class DecideTaskDto {
  @ApiProperty({ description: 'Mã kết quả, một trong allowedOutcomes · outcome code', example: 'accept' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  outcome!: string;

  @ApiPropertyOptional({ description: 'Ý kiến, lý do · comment or reason', maxLength: 4000 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({ description: 'Dữ liệu của quyết định (vd. số tiền phê duyệt) · decision data', type: Object })
  @IsOptionalNonNull()
  @IsObject()
  data?: Record<string, unknown>;
}
