import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional } from 'class-validator';
import { PlainDateField, Text } from './text-fields';

/** One figure measured at step 1 (baseline) or step 6 (after). */
export class MeasurementDto {
  @Text(100, { example: 'LABOUR_PRODUCTIVITY', description: 'Mã chỉ tiêu (danh mục chỉ tiêu điển hình, hoặc mã riêng kèm chiều đánh giá) · indicator code' })
  indicator!: string;

  @Text(50, { example: 'VND/người/năm', description: 'Đơn vị · unit' })
  unit!: string;

  @ApiProperty({ example: 200000000, description: 'Giá trị · value' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @PlainDateField('Ngày đo · date measured')
  date!: string;

  @Text(500, { example: 'Báo cáo tài chính 2025', description: 'Nguồn số liệu · source' })
  source!: string;

  @ApiProperty({ required: false, enum: ['higher-is-better', 'lower-is-better'], description: 'Chiều đánh giá; bắt buộc với chỉ tiêu ngoài danh mục · direction; needed for an indicator outside the catalogue' })
  @IsOptional()
  @IsIn(['higher-is-better', 'lower-is-better'])
  direction?: 'higher-is-better' | 'lower-is-better';
}
