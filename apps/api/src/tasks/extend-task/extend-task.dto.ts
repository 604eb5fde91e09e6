import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export class ExtendTaskDto {
  @ApiProperty({ minimum: 1, maximum: 365, example: 5 })
  @IsInt()
  @Min(1)
  @Max(365)
  amount!: number;

  @ApiProperty({ enum: ['working', 'calendar'], description: 'Ngày làm việc hoặc ngày theo lịch · working or calendar days' })
  @IsIn(['working', 'calendar'])
  unit!: 'working' | 'calendar';

  @ApiProperty({ description: 'Lý do gia hạn · reason', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
