import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { DEADLINE_UNITS, DeadlineUnit, MAX_DEADLINE_AMOUNT } from '../../../../../libs/domain/src/calendar/working-calendar';
import { IsCalendarDate } from '../../reference-data/calendar-date.decorator';

export class DueDateQuery {
  @ApiProperty({ format: 'date', example: '2026-02-10', description: 'Ngày phát sinh sự việc (không tính) · the triggering day (not counted)' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ minimum: 0, maximum: MAX_DEADLINE_AMOUNT, example: 10, description: 'Số ngày của thời hạn · length of the time limit' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_DEADLINE_AMOUNT)
  amount!: number;

  @ApiProperty({ enum: DEADLINE_UNITS, example: 'working', description: 'working: ngày làm việc · working days; calendar: ngày theo lịch · calendar days' })
  @IsIn(DEADLINE_UNITS)
  unit!: DeadlineUnit;
}
