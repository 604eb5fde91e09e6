import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { PlainDateField, Text } from './text-fields';

export class PlannedMilestoneDto {
  @Text(100, { example: 'ISO_9001', description: 'Mã mục đã chọn ở bước 2 · the selected item it serves' })
  itemCode!: string;

  @Text(500, { example: 'Đánh giá chứng nhận ISO 9001' })
  title!: string;

  @Text(200, { example: 'QMR', description: 'Người phụ trách · owner' })
  owner!: string;

  @PlainDateField('Hạn hoàn thành · due date')
  dueDate!: string;

  @Text(200, { example: 'NSNN 2026', description: 'Dòng kinh phí · budget line' })
  budgetLine!: string;
}

/** Step 3 (plan): one or more milestones per selected item. */
export class PlanDeliverableDto {
  @ApiProperty({ type: [PlannedMilestoneDto], minItems: 1, maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PlannedMilestoneDto)
  milestones!: PlannedMilestoneDto[];
}
