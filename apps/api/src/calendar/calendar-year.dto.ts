import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendar-years';

/** `?year=` or `:year`: one calendar year the holiday package can compute. */
export class CalendarYearDto {
  @ApiProperty({ minimum: FIRST_CALENDAR_YEAR, maximum: LAST_CALENDAR_YEAR, example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_CALENDAR_YEAR)
  @Max(LAST_CALENDAR_YEAR)
  year!: number;
}
