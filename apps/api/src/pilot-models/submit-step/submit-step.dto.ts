import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class SubmitStepDto {
  @ApiProperty({ type: Object, description: 'Sản phẩm của bước (theo bước: measurements / items / milestones / report / recognitions / measurements + conclusion) · the step deliverable' })
  @IsObject()
  deliverable!: Record<string, unknown>;
}
