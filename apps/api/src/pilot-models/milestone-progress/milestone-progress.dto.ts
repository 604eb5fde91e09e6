import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class MilestoneProgressDto {
  @ApiProperty({ enum: ['in-progress', 'done'] })
  @IsIn(['in-progress', 'done'])
  status!: 'in-progress' | 'done';

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note!: string;

  @ApiProperty({ type: [String], description: 'Bằng chứng: mã tài liệu hoặc đường dẫn · evidence: document ids or links; ≥ 1 for done' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  evidence!: string[];
}

export class WaiveMilestoneDto {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;
}
