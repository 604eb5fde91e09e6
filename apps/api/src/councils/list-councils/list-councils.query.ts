import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../pagination';

export const COUNCIL_LIST_STATUSES = ['open', 'closed'] as const;

/** GET /councils?status=open|closed&page=&pageSize= */
export class ListCouncilsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: COUNCIL_LIST_STATUSES, description: 'open: đang họp, chưa có kết quả · still sitting; closed: đã có kết quả · has its result' })
  @IsOptional()
  @IsIn(COUNCIL_LIST_STATUSES)
  status?: (typeof COUNCIL_LIST_STATUSES)[number];
}
