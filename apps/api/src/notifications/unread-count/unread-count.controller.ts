import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { inboxOf } from '../notification-inbox';

export class UnreadCountView {
  @ApiProperty({ example: 3 }) unreadCount!: number;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class UnreadCountController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Cheap enough to poll for the bell badge (a partial index on unread rows). */
  @Get('unread-count')
  @RequireAction('notification.read')
  @ApiOperation({ summary: 'Số thông báo chưa đọc · Number of unread notifications' })
  @ApiOkResponse({ type: UnreadCountView })
  async count(@CurrentPrincipal() principal: Principal): Promise<UnreadCountView> {
    const inbox = inboxOf(principal);
    const [row] = await this.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM notifications WHERE ${inbox.condition} AND read_at IS NULL`, inbox.parameters);
    return { unreadCount: Number(row.n) };
  }
}
