import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../pagination/page-query.dto';

export class ListApplicationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['draft', 'in-progress', 'closed', 'withdrawn', 'rejected', 'terminated'] })
  @IsOptional()
  @IsIn(['draft', 'in-progress', 'closed', 'withdrawn', 'rejected', 'terminated'])
  status?: string;

  @ApiPropertyOptional({ example: 'intake' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  step?: string;

  @ApiPropertyOptional({ example: 'thanh-hoa' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  province?: string;

  @ApiPropertyOptional({ example: 'thanh-hoa/chi-cuc-tdc', description: 'Đơn vị đã được chuyển hồ sơ · a department the case was routed to' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  department?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  enterprise?: string;

  @ApiPropertyOptional({ description: 'Chỉ hồ sơ có bước quá hạn · only cases whose open step is overdue' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}
