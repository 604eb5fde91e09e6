import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsSafeInteger } from '../../validation/is-safe-integer';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

export class CreateEnterpriseDto {
  @ApiProperty({ description: 'Mã số thuế (10 số, 10 số-3 số, hoặc 12 số) · tax code', example: '2801234564' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  taxCode!: string;

  @ApiProperty({ example: 'Công ty Cổ phần Chế biến Nông sản A', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: ['agriculture-forestry-fishery', 'industry-construction', 'trade-services'], description: 'Lĩnh vực (Nghị định 80/2021, Điều 5) · sector' })
  @IsString()
  @MaxLength(40)
  sector!: string;

  @ApiProperty({ description: 'Số lao động tham gia BHXH bình quân năm · yearly average insured staff', example: 85 })
  // numeric(10, 2): at most 99 999 999.99.
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(99_999_999)
  staff!: number;

  @ApiPropertyOptional({ description: 'Tổng doanh thu của năm, VND (cần doanh thu hoặc nguồn vốn) · yearly revenue', example: 42000000000 })
  @IsOptionalNonNull()
  @IsSafeInteger()
  revenueVnd?: number;

  @ApiPropertyOptional({ description: 'Tổng nguồn vốn của năm, VND · yearly total capital', example: 18000000000 })
  @IsOptionalNonNull()
  @IsSafeInteger()
  capitalVnd?: number;

  @ApiProperty({ example: 'thanh-hoa' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,63}$/)
  provinceCode!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  address?: string;
}
