import { ApiProperty } from '@nestjs/swagger';
import { CalendarDayView } from '../calendar-day.view';
import { OverrideGapView } from '../override-gap.view';

/** What a UI shows as a year's calendar: the days off and the weekend days worked, with reasons. */
export class CalendarYearView {
  @ApiProperty({ example: 2026 }) year!: number;

  @ApiProperty({ type: String, nullable: true, description: 'Văn bản làm căn cứ lịch nghỉ năm nay · the documents the year’s schedule comes from' })
  source!: string | null;

  @ApiProperty({ example: 246, description: 'Số ngày làm việc trong năm · working days in the year' })
  workingDays!: number;

  @ApiProperty({
    type: [CalendarDayView],
    description: 'Theo thứ tự ngày; thứ Bảy, Chủ nhật thông thường không liệt kê · in date order; ordinary Saturdays and Sundays are not listed',
  })
  days!: CalendarDayView[];

  @ApiProperty({ type: [OverrideGapView], description: 'Những gì lịch năm nay còn đang tạm tính · what the year’s calendar still only guesses' })
  gaps!: OverrideGapView[];
}
