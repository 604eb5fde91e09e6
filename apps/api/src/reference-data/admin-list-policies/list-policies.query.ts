import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageQueryDto } from '../../pagination/page-query.dto';
import { IsCalendarDate } from '../calendar-date.decorator';

export class ListPoliciesQuery extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Chỉ các dòng có hiệu lực vào ngày này · only rows in force on this day' })
  @IsOptional()
  @IsCalendarDate()
  inForceOn?: string;
}
