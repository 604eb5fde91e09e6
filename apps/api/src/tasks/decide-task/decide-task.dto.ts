import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';
import { DecisionDataDto } from './decision-data.schema';

export class DecideTaskDto {
  @ApiProperty({ description: 'Mã kết quả, một trong allowedOutcomes · outcome code', example: 'accept' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  outcome!: string;

  @ApiPropertyOptional({ description: 'Ý kiến, lý do · comment or reason', maxLength: 4000 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  // Described per step in OpenAPI; checked by the task against what the step's outcome needs.
  @ApiPropertyOptional({ description: 'Dữ liệu của quyết định, theo bước · decision data, by step', type: DecisionDataDto })
  @IsOptionalNonNull()
  @IsObject()
  data?: Record<string, unknown>;
}
