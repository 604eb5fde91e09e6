import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { overrideGaps } from '../../../../../libs/domain/src/calendar/calendar-override';
import { CalendarOverrideEntity } from '../../../../../libs/persistence/src/entities/reference/calendar-override.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { CalendarDayView } from '../calendar-day.view';
import { CalendarYearDto } from '../calendar-year.dto';
import { answerIn } from '../content-language';
import { OverrideGapView } from '../override-gap.view';
import { WorkingCalendarService } from '../working-calendar.service';
import { CalendarYearView } from './calendar-year.view';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class ListCalendarDaysController {
  constructor(
    private readonly calendars: WorkingCalendarService,
    @InjectRepository(CalendarOverrideEntity) private readonly overrides: Repository<CalendarOverrideEntity>,
  ) {}

  @Get('days')
  @RequireAction('reference-data.read')
  @ApiOperation({ summary: 'Lịch nghỉ lễ, nghỉ bù, làm bù của một năm · A year’s holidays, days off and weekend days worked' })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'vi (mặc định · default) hoặc · or en' })
  @ApiOkResponse({ type: CalendarYearView })
  @ApiBadRequestResponse({ description: 'year không hợp lệ · invalid year' })
  async days(@Query() { year }: CalendarYearDto, @Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) response: Response): Promise<CalendarYearView> {
    const language = languageOf(acceptLanguage);
    const [calendar, stored] = await Promise.all([this.calendars.forYears(year), this.overrides.findOneBy({ year })]);
    answerIn(response, language);
    return Object.assign(new CalendarYearView(), {
      year,
      source: stored?.override.source ?? null,
      // Days d with 31/12 of last year < d <= 31/12 of this year: the whole year.
      workingDays: calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
      days: calendar.days().map((day) => CalendarDayView.of(day, language)),
      gaps: overrideGaps(year, stored?.override).map((gap) => OverrideGapView.of(gap, language)),
    });
  }
}
