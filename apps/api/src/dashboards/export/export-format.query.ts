import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `?format=` of the dashboards: JSON by default, or the same figures as a file. */
export class ExportFormatQuery {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    default: 'json',
    description: 'json: dữ liệu; csv: tệp CSV UTF-8 (có BOM) cho Excel; xlsx: bảng tính Excel · json data, a CSV file (UTF-8 with BOM) or an Excel workbook',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat = 'json';
}
