import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { daysBetween } from '../../../../../libs/domain/src/calendar/plain-date';
import { MAX_DEADLINE_AMOUNT } from '../../../../../libs/domain/src/calendar/working-calendar';
import { RequireAction } from '../../auth/require-action.decorator';
import { ProblemException } from '../../problem/problem';
import { assertCalendarYear } from '../calendar-years';
import { WorkingCalendarService } from '../working-calendar.service';
import { WorkingDaysQuery } from './working-days.query';
import { WorkingDaysView } from './working-days.view';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CountWorkingDaysController {
  constructor(private readonly calendars: WorkingCalendarService) {}

  @Get('working-days')
  @RequireAction('reference-data.read')
  @ApiOperation({ summary: 'Đếm ngày làm việc giữa hai ngày · Count the working days between two dates' })
  @ApiOkResponse({ type: WorkingDaysView })
  @ApiBadRequestResponse({ description: `from, to không hợp lệ hoặc cách nhau quá ${MAX_DEADLINE_AMOUNT} ngày · invalid from or to, or more than ${MAX_DEADLINE_AMOUNT} days apart` })
  async count(@Query() query: WorkingDaysQuery): Promise<WorkingDaysView> {
    assertCalendarYear(query.from, 'from');
    assertCalendarYear(query.to, 'to');
    // The same bound as a time limit: enough for any procedure, and keeps one request cheap.
    if (Math.abs(daysBetween(query.from, query.to)) > MAX_DEADLINE_AMOUNT) throw rangeTooLong();
    return Object.assign(new WorkingDaysView(), { from: query.from, to: query.to, workingDays: await this.calendars.workingDaysBetween(query.from, query.to) });
  }
}

function rangeTooLong(): ProblemException {
  return new ProblemException(
    400,
    'validation',
    { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    { vi: `from và to cách nhau quá ${MAX_DEADLINE_AMOUNT} ngày`, en: `from and to are more than ${MAX_DEADLINE_AMOUNT} days apart` },
    [{ field: 'to', message: { vi: `to phải cách from không quá ${MAX_DEADLINE_AMOUNT} ngày`, en: `to must be at most ${MAX_DEADLINE_AMOUNT} days from from` } }],
  );
}
