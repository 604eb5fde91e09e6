import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsNumber, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

export class ReportFigureDto {
  @ApiProperty({ example: 'Doanh nghiệp được hỗ trợ áp dụng ISO 9001', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  indicator!: string;

  @ApiProperty({ example: 'doanh nghiệp', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unit!: string;

  @ApiProperty({ example: 12 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class SubmitYearlyReportDto {
  @ApiPropertyOptional({ description: 'Mã đơn vị; mặc định đơn vị của người nộp · department code, default your own', example: 'thanh-hoa/so-cong-thuong' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(128)
  departmentCode?: string;

  @ApiProperty({ description: 'Tóm tắt kết quả thực hiện trong năm · summary of the year', maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  summary!: string;

  @ApiPropertyOptional({ type: [ReportFigureDto], description: 'Số liệu · figures' })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReportFigureDto)
  figures?: ReportFigureDto[];
}
