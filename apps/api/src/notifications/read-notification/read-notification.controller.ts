import { Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { inboxOf } from '../notification-inbox';
import { notificationNotFound } from '../notification-not-found';
import { NOTIFICATION_COLUMNS, NotificationRow, NotificationView } from '../notification.view';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class ReadNotificationController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Idempotent: reading again keeps the first read time. */
  @Post(':id/read')
  @HttpCode(200)
  @RequireAction('notification.read')
  @ApiOperation({ summary: 'Đánh dấu đã đọc · Mark a notification read' })
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ description: 'Không có thông báo này trong hộp thư của bạn · not in your inbox' })
  async read(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<NotificationView> {
    const inbox = inboxOf(principal, 2);
    const [rows] = await this.dataSource.query<[NotificationRow[], number]>(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND ${inbox.condition} RETURNING ${NOTIFICATION_COLUMNS}`,
      [id, ...inbox.parameters],
    );
    const row = rows[0];
    if (!row) throw notificationNotFound(id);
    return NotificationView.of(row, languageOf(acceptLanguage));
  }
}
