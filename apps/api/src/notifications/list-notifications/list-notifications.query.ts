import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageQueryDto } from '../../pagination/page-query.dto';
import { IsBooleanQuery } from '../../reference-data/boolean-query.decorator';

/** `?page=&pageSize=&sort=&unread=`; whatever the sort, unread notifications come first. */
export class ListNotificationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Chỉ thông báo chưa đọc (true) hoặc đã đọc (false) · only unread (true) or read (false)' })
  @IsOptional()
  @IsBooleanQuery()
  unread?: boolean;
}
