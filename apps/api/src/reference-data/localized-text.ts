import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A text a person reads, Vietnamese first, English available — in responses. */
export class LocalizedTextView {
  @ApiProperty({ example: 'Hệ thống quản lý chất lượng (ISO 9001)' })
  vi!: string;

  @ApiProperty({ example: 'Quality management system (ISO 9001)' })
  en!: string;

  static of(vi: string, en: string): LocalizedTextView {
    return Object.assign(new LocalizedTextView(), { vi, en });
  }
}

/** The same, as input: both languages required. */
export class LocalizedTextDto {
  @ApiProperty({ description: 'Tiếng Việt · Vietnamese', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  vi!: string;

  @ApiProperty({ description: 'Tiếng Anh · English', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  en!: string;
}
