import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { CalendarOverrideEntity } from '../../../../../libs/persistence/src/entities/reference/calendar-override.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { CalendarOverrideRecordView } from '../calendar-override-record.view';
import { CalendarYearDto } from '../calendar-year.dto';
import { answerIn } from '../content-language';
import { WorkingCalendarService } from '../working-calendar.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/calendar/overrides')
export class GetOverrideController {
  constructor(
    private readonly calendars: WorkingCalendarService,
    @InjectRepository(CalendarOverrideEntity) private readonly overrides: Repository<CalendarOverrideEntity>,
  ) {}

  /** A year with nothing stored answers 200 with `stored: false` and version 0, so the admin sees what to enter. */
  @Get(':year')
  @RequireAction('admin.calendar')
  @ApiOperation({ summary: 'Điều chỉnh lịch nghỉ của một năm, việc còn thiếu và lịch kết quả · A year’s override, what is still missing, and the resulting days' })
  @ApiParam({ name: 'year', type: Number, example: 2026 })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'vi (mặc định · default) hoặc · or en' })
  @ApiOkResponse({ type: CalendarOverrideRecordView })
  @ApiBadRequestResponse({ description: 'year không hợp lệ · invalid year' })
  async get(@Param() { year }: CalendarYearDto, @Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) response: Response): Promise<CalendarOverrideRecordView> {
    const language = languageOf(acceptLanguage);
    const [row, calendar] = await Promise.all([this.overrides.findOneBy({ year }), this.calendars.forYears(year)]);
    answerIn(response, language);
    return CalendarOverrideRecordView.of(year, row, language, calendar.days());
  }
}
