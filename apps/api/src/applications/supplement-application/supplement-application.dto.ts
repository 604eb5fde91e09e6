import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

export class SupplementApplicationDto {
  @ApiPropertyOptional({ description: 'Giải trình phần bổ sung · what was supplemented', maxLength: 4000 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}
