import { ApiProperty } from '@nestjs/swagger';
import { DEADLINE_UNITS, DeadlineUnit, DueDate, WorkingCalendar } from '../../../../../libs/domain/src/calendar/working-calendar';
import type { Language } from '../../problem/language';
import { SkippedDayView } from '../skipped-day.view';
import { DueDateQuery } from './due-date.query';

/** The end of a time limit (Civil Code Art. 147–148) and the non-working days it passed over. */
export class DueDateView {
  @ApiProperty({ format: 'date', example: '2026-02-10' }) from!: string;
  @ApiProperty({ example: 10 }) amount!: number;
  @ApiProperty({ enum: DEADLINE_UNITS, example: 'working' }) unit!: DeadlineUnit;

  @ApiProperty({ format: 'date', example: '2026-03-03', description: 'Ngày cuối của thời hạn, luôn là ngày làm việc · last day of the time limit, always a working day' })
  dueDate!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-03T17:00:00.000Z', description: '24:00 ngày dueDate giờ Việt Nam, viết theo UTC · 24:00 of dueDate in Vietnam, written in UTC' })
  dueAt!: string;

  @ApiProperty({
    type: [SkippedDayView],
    description:
      'Ngày không làm việc đã bỏ qua, theo thứ tự ngày. working: các ngày nghỉ xen giữa không được tính; calendar: các ngày nghỉ mà ngày cuối phải dời qua · ' +
      'non-working days passed over, in date order. working: rest days inside the period that were not counted; calendar: the rest days the last day moved past',
  })
  skipped!: SkippedDayView[];

  static of(query: DueDateQuery, due: DueDate, calendar: WorkingCalendar, language: Language): DueDateView {
    return Object.assign(new DueDateView(), {
      from: query.from,
      amount: query.amount,
      unit: query.unit,
      dueDate: due.dueDate,
      dueAt: due.dueAt,
      skipped: due.skipped.map((day) => SkippedDayView.of(day, calendar, language)),
    });
  }
}
