import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { orderBy } from '../../pagination/order-by';
import { pageWindow } from '../../pagination/page';
import { languageOf } from '../../problem/language';
import { inboxOf } from '../notification-inbox';
import { NOTIFICATION_COLUMNS, NotificationPageView, NotificationRow, NotificationView } from '../notification.view';
import { ListNotificationsQuery } from './list-notifications.query';

const SORT_COLUMNS = { createdAt: 'created_at', scheduledFor: 'scheduled_for', dueAt: 'due_at' } as const;

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class ListNotificationsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @RequireAction('notification.read')
  @ApiOperation({ summary: 'Thông báo của tôi, chưa đọc trước, mới nhất trước · My notifications, unread first, then newest' })
  @ApiOkResponse({ type: NotificationPageView })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListNotificationsQuery, @Headers('accept-language') acceptLanguage?: string): Promise<NotificationPageView> {
    const inbox = inboxOf(principal);
    const filter = query.unread === undefined ? '' : query.unread ? ' AND read_at IS NULL' : ' AND read_at IS NOT NULL';
    const order = orderBy(query.sort, SORT_COLUMNS, [['created_at', 'DESC']])
      .map(([column, direction]) => `${column} ${direction} NULLS LAST`)
      .join(', ');
    const { skip, take } = pageWindow(query);
    const next = inbox.parameters.length + 1;

    const [rows, [counts]] = await Promise.all([
      this.dataSource.query<NotificationRow[]>(
        `SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE ${inbox.condition}${filter}
         ORDER BY (read_at IS NULL) DESC, ${order}, id LIMIT $${next} OFFSET $${next + 1}`,
        [...inbox.parameters, take, skip],
      ),
      this.dataSource.query<{ total: string; unread: string }[]>(
        `SELECT count(*) FILTER (WHERE true${filter}) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notifications WHERE ${inbox.condition}`,
        inbox.parameters,
      ),
    ]);
    const language = languageOf(acceptLanguage);
    return {
      items: rows.map((row) => NotificationView.of(row, language)),
      total: Number(counts.total),
      page: query.page,
      pageSize: query.pageSize,
      unreadCount: Number(counts.unread),
    };
  }
}
