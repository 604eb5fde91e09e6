import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class ListYearlyReportsQuery {
  @ApiPropertyOptional({ description: 'Năm báo cáo; mặc định năm hiện tại · reporting year, default this year', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ description: 'Mã tỉnh; mặc định tỉnh của người xem · province code, default your own', example: 'thanh-hoa' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z0-9-]+$/)
  provinceCode?: string;
}
