import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** A required, non-empty string of at most `max` characters, documented. */
export function Text(max: number, options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(ApiProperty({ maxLength: max, ...options } as ApiPropertyOptions), IsString(), IsNotEmpty(), MaxLength(max));
}

/** A calendar date as YYYY-MM-DD. */
export function PlainDateField(description: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ type: String, format: 'date', example: '2026-03-01', description }), IsString(), Matches(/^\d{4}-\d{2}-\d{2}$/));
}
