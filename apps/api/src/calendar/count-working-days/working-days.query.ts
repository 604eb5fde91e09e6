import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '../../reference-data/calendar-date.decorator';

export class WorkingDaysQuery {
  @ApiProperty({ format: 'date', example: '2026-02-10', description: 'Không tính · not counted' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-03-03', description: 'Có tính · counted' })
  @IsCalendarDate()
  to!: string;
}
