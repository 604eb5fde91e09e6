import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { MeasurementDto } from './measurement.dto';
import { Text } from './text-fields';

/** Step 6 (re-evaluate): the baseline's indicators measured again, in the same units, and the conclusion. */
export class ReEvaluateDeliverableDto {
  @ApiProperty({ type: [MeasurementDto], minItems: 1, maxItems: 100, description: 'Số liệu sau áp dụng, đúng các chỉ tiêu nền · after figures, the baseline indicators' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MeasurementDto)
  measurements!: MeasurementDto[];

  @Text(4000, { description: 'Kết luận · conclusion' })
  conclusion!: string;
}
