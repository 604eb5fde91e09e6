import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';
import { IsCalendarDate } from '../calendar-date.decorator';
import { LocalizedTextDto } from '../localized-text';

/**
 * A new procedure version (ProcedureDefinition, libs/domain/src/procedures/procedure-definition.ts).
 * The envelope is checked here; steps, reminders and council figures are checked by the
 * domain's validateProcedure / validateProcedureSet, which answer 422 with the field at fault.
 */
export class PublishProcedureDto {
  @ApiProperty({ example: 'nscl' })
  @IsString()
  @MaxLength(64)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  code!: string;

  @ApiProperty({ example: '2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  version!: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsCalendarDate()
  effectiveFrom!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Ngày đầu hết hiệu lực · first day no longer in force (exclusive)' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  effectiveTo?: string;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'ProcedureStep[]' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  steps!: Record<string, unknown>[];

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'ReminderPolicy' })
  @IsObject()
  reminders!: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'CouncilRulesData' })
  @IsObject()
  councilRules!: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'ImplementationRules' })
  @IsOptionalNonNull()
  @IsObject()
  implementationRules?: Record<string, unknown>;
}
