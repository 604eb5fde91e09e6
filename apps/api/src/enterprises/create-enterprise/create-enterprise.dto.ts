import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

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
  sector!: string;

  @ApiProperty({ description: 'Số lao động tham gia BHXH bình quân năm · yearly average insured staff', example: 85 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  staff!: number;

  @ApiPropertyOptional({ description: 'Tổng doanh thu của năm, VND (cần doanh thu hoặc nguồn vốn) · yearly revenue', example: 42000000000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  revenueVnd?: number;

  @ApiPropertyOptional({ description: 'Tổng nguồn vốn của năm, VND · yearly total capital', example: 18000000000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  capitalVnd?: number;

  @ApiProperty({ example: 'thanh-hoa' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,63}$/)
  provinceCode!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}
