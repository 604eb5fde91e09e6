import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { assertCalendarYear } from '../calendar-years';
import { answerIn } from '../content-language';
import { WorkingCalendarService } from '../working-calendar.service';
import { DueDateQuery } from './due-date.query';
import { DueDateView } from './due-date.view';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class GetDueDateController {
  constructor(private readonly calendars: WorkingCalendarService) {}

  @Get('due-date')
  @RequireAction('reference-data.read')
  @ApiOperation({
    summary: 'Tính hạn xử lý · Compute a due date',
    description:
      'Không tính ngày phát sinh; hạn kết thúc 24:00 ngày cuối (giờ Việt Nam); ngày cuối rơi vào ngày nghỉ thì dời sang ngày làm việc kế tiếp (BLDS 2015, Điều 147–148). ' +
      'Dùng lịch nghỉ lễ và các điều chỉnh của quản trị viên. Lý do trong `skipped` theo Accept-Language (mặc định tiếng Việt). · ' +
      'The trigger day is not counted; the limit ends at 24:00 of its last day (Vietnam time) and moves past non-working days (Civil Code Art. 147–148). ' +
      "Uses the holidays and the administrator's overrides. `skipped[].reason` follows Accept-Language (Vietnamese by default).",
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'vi (mặc định · default) hoặc · or en' })
  @ApiOkResponse({ type: DueDateView })
  @ApiBadRequestResponse({ description: 'from, amount hoặc unit không hợp lệ · invalid from, amount or unit' })
  async dueDate(@Query() query: DueDateQuery, @Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) response: Response): Promise<DueDateView> {
    assertCalendarYear(query.from, 'from');
    const language = languageOf(acceptLanguage);
    const { due, calendar } = await this.calendars.dueDate(query.from, query.amount, query.unit);
    answerIn(response, language);
    return DueDateView.of(query, due, calendar, language);
  }
}
