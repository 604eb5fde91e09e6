import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { overrideGaps } from '../../../../libs/domain/src/calendar/calendar-override';
import type { CalendarDay, CalendarOverride } from '../../../../libs/domain/src/calendar/day-off';
import type { CalendarOverrideEntity } from '../../../../libs/persistence/src/entities/reference/calendar-override.entity';
import type { Language } from '../problem/language';
import { CalendarDayView } from './calendar-day.view';
import { CalendarOverrideDto } from './calendar-override.dto';
import { OverrideGapView } from './override-gap.view';

/**
 * A year's override as an administrator edits it. `override` is the stored data (reasons in both
 * languages, as entered); `gaps` and `days` are for reading, in the caller's language.
 */
export class CalendarOverrideRecordView {
  @ApiProperty({ example: 2026 }) year!: number;

  @ApiProperty({ description: 'false: năm chưa có bản ghi, đang dùng lịch tính sẵn · nothing stored for the year yet, the computed holidays apply' })
  stored!: boolean;

  @ApiProperty({ type: CalendarOverrideDto }) override!: CalendarOverride;

  @ApiProperty({ type: [OverrideGapView], description: 'Những gì quản trị viên còn phải nhập · what the administrator still has to enter' })
  gaps!: OverrideGapView[];

  @ApiPropertyOptional({ type: [CalendarDayView], description: 'Lịch cả năm sau khi áp dụng (chỉ khi xem một năm) · the resulting year (single-year answers only)' })
  days?: CalendarDayView[];

  @ApiProperty({ type: String, nullable: true, example: 'admin', description: "Người lưu gần nhất ('seed': lịch chính thức đi kèm sản phẩm) · who saved it last ('seed': shipped official schedule)" })
  updatedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;

  @ApiProperty({ example: 1, description: 'Gửi lại khi sửa; 0 khi chưa có bản ghi · send back when editing; 0 when nothing is stored' })
  version!: number;

  static of(year: number, row: CalendarOverrideEntity | null, language: Language, days?: readonly CalendarDay[]): CalendarOverrideRecordView {
    return Object.assign(new CalendarOverrideRecordView(), {
      year,
      stored: row !== null,
      override: row?.override ?? { year },
      gaps: overrideGaps(year, row?.override).map((gap) => OverrideGapView.of(gap, language)),
      ...(days ? { days: days.map((day) => CalendarDayView.of(day, language)) } : {}),
      updatedBy: row?.updatedBy ?? null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
      version: row?.version ?? 0,
    });
  }
}
