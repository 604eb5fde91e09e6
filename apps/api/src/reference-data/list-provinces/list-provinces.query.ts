import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageQueryDto } from '../../pagination/page-query.dto';
import { IsBooleanQuery } from '../boolean-query.decorator';
import { IsCalendarDate } from '../calendar-date.decorator';

export class ListProvincesQuery extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-01-15', description: 'Ngày xét hiệu lực, mặc định hôm nay (giờ Việt Nam) · the day, default today in Vietnam' })
  @IsOptional()
  @IsCalendarDate()
  onDate?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Kèm các tỉnh đã hết hiệu lực trước ngày xét (sáp nhập, đổi tên) · also list provinces that ended before the day (merged, renamed)',
  })
  @IsOptional()
  @IsBooleanQuery()
  includeHistorical: boolean = false;
}
