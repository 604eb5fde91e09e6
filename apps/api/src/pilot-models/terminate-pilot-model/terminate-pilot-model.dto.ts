import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

export class TerminatePilotModelDto {
  /** Required: a missing or blank reason is refused by the workflow with 422, like its other business rules. */
  @ApiProperty({ description: 'Lý do chấm dứt mô hình điểm (bắt buộc) · reason for termination (required)', maxLength: 4000, example: 'Doanh nghiệp ngừng sản xuất, không tiếp tục thực hiện mô hình' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}
