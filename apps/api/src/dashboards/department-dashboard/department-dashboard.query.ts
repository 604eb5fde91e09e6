import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ExportFormatQuery } from '../export/export-format.query';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class DepartmentDashboardQuery extends ExportFormatQuery {
  @ApiPropertyOptional({ description: 'Mã tỉnh; người quản lý chỉ xem tỉnh mình · province code (a manager sees their own only)', example: 'thanh-hoa' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z0-9-]+$/)
  province?: string;

  @ApiPropertyOptional({ description: 'Mã đơn vị · department code', example: 'thanh-hoa/chi-cuc-tdc' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  @Matches(/^[a-z0-9-]+\/[a-z0-9-]+$/)
  department?: string;

  @ApiPropertyOptional({ description: 'Từ ngày (YYYY-MM-DD): việc mở hoặc được quyết định từ ngày này · tasks opened or decided on or after', example: '2026-01-01' })
  @IsOptional()
  @Matches(ISO_DATE)
  // strict: a day that does not exist (2026-02-30) is refused here, not by the database.
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Đến ngày (YYYY-MM-DD), tính cả ngày này · tasks opened or decided on or before', example: '2026-12-31' })
  @IsOptional()
  @Matches(ISO_DATE)
  // strict: a day that does not exist (2026-02-30) is refused here, not by the database.
  @IsISO8601({ strict: true })
  to?: string;
}
