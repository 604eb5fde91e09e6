import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class SupplementApplicationDto {
  @ApiPropertyOptional({ description: 'Giải trình phần bổ sung · what was supplemented', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}
