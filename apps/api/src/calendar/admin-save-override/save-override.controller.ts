import { Body, Controller, Headers, Param, Put, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { CalendarOverrideRecordView } from '../calendar-override-record.view';
import { SaveCalendarOverrideDto } from '../calendar-override.dto';
import { CalendarYearDto } from '../calendar-year.dto';
import { answerIn } from '../content-language';
import { SaveOverrideService } from './save-override.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/calendar/overrides')
export class SaveOverrideController {
  constructor(private readonly service: SaveOverrideService) {}

  @Put(':year')
  @RequireAction('admin.calendar')
  @ApiOperation({
    summary: 'Lưu điều chỉnh lịch nghỉ của một năm (thay toàn bộ) · Replace a year’s calendar override',
    description:
      'Có hiệu lực ngay cho mọi hạn xử lý tính sau đó; ghi nhật ký kiểm toán. Gửi version đã đọc (0 để tạo mới). · ' +
      'Applies at once to every due date computed afterwards; written to the audit trail. Send the version read (0 to create).',
  })
  @ApiParam({ name: 'year', type: Number, example: 2026 })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'vi (mặc định · default) hoặc · or en' })
  @ApiOkResponse({ type: CalendarOverrideRecordView })
  @ApiBadRequestResponse({ description: 'Sai định dạng · malformed body or year' })
  @ApiForbiddenResponse({ description: 'Chỉ quản trị viên · administrators only' })
  @ApiConflictResponse({ description: 'Phiên bản đã cũ · stale version' })
  @ApiUnprocessableEntityResponse({ description: 'Vi phạm quy tắc lịch (ngày ngoài năm, hoán đổi sai, thiếu lý do, Tết không đủ 5 ngày) · breaks a calendar rule' })
  async save(
    @Param() { year }: CalendarYearDto,
    @Body() dto: SaveCalendarOverrideDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CalendarOverrideRecordView> {
    const language = languageOf(acceptLanguage);
    const saved = await this.service.save(year, dto, principal, language);
    answerIn(response, language);
    return saved;
  }
}
