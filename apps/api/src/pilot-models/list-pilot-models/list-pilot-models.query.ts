import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PILOT_STEPS } from '../../../../../workflows/pilot-model/messages';
import { PageQueryDto } from '../../pagination/page-query.dto';

export class ListPilotModelsQuery extends PageQueryDto {
  @ApiPropertyOptional({ example: 'thanh-hoa' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  province?: string;

  @ApiPropertyOptional({ enum: PILOT_STEPS })
  @IsOptional()
  @IsIn([...PILOT_STEPS])
  step?: string;

  @ApiPropertyOptional({ description: 'Chỉ mô hình có việc đang quá hạn · only models with an overdue open task' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}
