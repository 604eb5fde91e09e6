import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { MeasurementDto } from './measurement.dto';
import { Text } from './text-fields';

/** Step 1 (assess): the baseline figures and what the enterprise already uses. */
export class AssessDeliverableDto {
  @ApiProperty({ type: [MeasurementDto], minItems: 1, maxItems: 100, description: 'Số liệu nền · baseline figures' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MeasurementDto)
  measurements!: MeasurementDto[];

  @Text(4000, { required: false, description: 'Hệ thống quản lý, công cụ, tiêu chuẩn, đo lường, công nghệ đang áp dụng · practices in use' })
  @IsOptional()
  practicesInUse?: string;
}
