import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsISO8601, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { INT4_MAX, IsSafeInteger } from '../validation/is-safe-integer';
import { IsOptionalNonNull } from '../validation/is-optional-non-null';
import { IsCalendarDate } from '../reference-data/calendar-date.decorator';
import { LocalizedTextDto } from '../reference-data/localized-text';

/** A list of `YYYY-MM-DD` dates that exist. */
const IsCalendarDates = (): PropertyDecorator => applyDecorators(IsArray(), Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true }), IsISO8601({ strict: true }, { each: true }));

/** "Hoán đổi ngày làm việc": a weekday given off, made up on a weekend day. */
export class DaySwapDto {
  @ApiProperty({ format: 'date', example: '2026-01-02', description: 'Ngày thường được nghỉ · the weekday given off' })
  @IsCalendarDate()
  dayOff!: string;

  @ApiProperty({ format: 'date', example: '2026-01-10', description: 'Thứ Bảy/Chủ nhật làm bù · the Saturday/Sunday worked instead' })
  @IsCalendarDate()
  workedOn!: string;
}

/** A day and why, in both languages. */
export class DatedReasonDto {
  @ApiProperty({ format: 'date', example: '2026-04-27' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  reason!: LocalizedTextDto;
}

/**
 * A year's decisions layered on the computed Labour Code holidays (CalendarOverride in
 * libs/domain/src/calendar/day-off.ts). An absent field keeps the computed default.
 */
export class CalendarOverrideDto {
  @ApiPropertyOptional({ example: 2026, description: 'Nếu gửi, phải trùng năm trên đường dẫn · if sent, must be the year in the path' })
  @IsOptionalNonNull()
  @IsSafeInteger(0, 9999)
  year?: number;

  @ApiPropertyOptional({ maxLength: 500, example: 'Thông báo 9441/TB-BNV ngày 16/10/2025', description: 'Văn bản làm căn cứ · the documents the entries come from' })
  @IsOptionalNonNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  source?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'date',
    example: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    description: 'Đúng 5 ngày nghỉ Tết Nguyên đán do Thủ tướng quyết định (BLLĐ Điều 112) · exactly the five Tết days the Prime Minister placed (Labour Code Art. 112)',
  })
  @IsOptionalNonNull()
  @IsCalendarDates()
  lunarNewYearDays?: string[];

  @ApiPropertyOptional({ format: 'date', example: '2026-09-01', description: 'Ngày nghỉ liền kề 2/9: 01/09 hoặc 03/09 · the day before or after 2 September' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  nationalDayAdjacentDay?: string;

  @ApiPropertyOptional({ description: 'Nghỉ Ngày Văn hóa Việt Nam 24/11 · Vietnamese Culture Day 24/11 is a day off (off unless set)' })
  @IsOptionalNonNull()
  @IsBoolean()
  cultureDay?: boolean;

  @ApiPropertyOptional({ type: [DaySwapDto] })
  @IsOptionalNonNull()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DaySwapDto)
  swaps?: DaySwapDto[];

  @ApiPropertyOptional({ type: [DatedReasonDto], description: 'Ngày nghỉ thêm · extra days off' })
  @IsOptionalNonNull()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DatedReasonDto)
  extraDaysOff?: DatedReasonDto[];

  @ApiPropertyOptional({
    type: [DatedReasonDto],
    description:
      'Nếu gửi, thay các ngày nghỉ bù tính theo BLLĐ Điều 111(3) (danh sách rỗng: không nghỉ bù) · if sent, replaces the days given back under Labour Code Art. 111(3) (empty: none)',
  })
  @IsOptionalNonNull()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DatedReasonDto)
  compensatoryDaysOff?: DatedReasonDto[];
}

/** PUT /admin/calendar/overrides/:year: the whole override and the version it was edited from. */
export class SaveCalendarOverrideDto extends CalendarOverrideDto {
  @ApiProperty({ minimum: 0, example: 1, description: 'Phiên bản đã đọc; 0 khi tạo mới · the version read; 0 to create the year' })
  @IsSafeInteger(0, INT4_MAX)
  version!: number;
}
