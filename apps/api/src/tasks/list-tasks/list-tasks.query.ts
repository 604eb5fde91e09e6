import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../pagination/page-query.dto';

export class ListTasksQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'decided', 'cancelled'], default: 'open', description: 'Trạng thái · status' })
  @IsOptional()
  @IsIn(['open', 'decided', 'cancelled'])
  status: 'open' | 'decided' | 'cancelled' = 'open';
}
