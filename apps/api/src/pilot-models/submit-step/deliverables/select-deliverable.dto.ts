import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { Text } from './text-fields';

const CATALOGUES = ['management-systems', 'improvement-tools', 'standards', 'measurement-contents', 'certifications', 'technology'] as const;

/** One pick of step 2, from a catalogue (technology: free code), with the reason for it. */
export class SelectedItemDto {
  @ApiProperty({ enum: CATALOGUES, description: 'Danh mục (GET /catalogues); technology là mã tự đặt · catalogue; technology is free text' })
  @IsIn(CATALOGUES)
  catalogue!: (typeof CATALOGUES)[number];

  @Text(100, { example: 'ISO_9001', description: 'Mã mục trong danh mục · item code' })
  code!: string;

  @Text(2000, { example: 'Khách hàng xuất khẩu yêu cầu', description: 'Lý do lựa chọn · reason' })
  reason!: string;
}

/**
 * Step 2 (select): the items applied together (áp dụng đồng bộ). The procedure version in force
 * sets a minimum per group — management systems, improvement tools or certification; standards;
 * measurement assurance; technology — and the step is reviewed by Chi cục TĐC and the sponsoring
 * department in parallel.
 */
export class SelectDeliverableDto {
  @ApiProperty({ type: [SelectedItemDto], minItems: 1, maxItems: 100, description: 'Các mục lựa chọn, đủ mỗi nhóm · selected items, enough in every group' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SelectedItemDto)
  items!: SelectedItemDto[];
}
