import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

export class ReportProgressDto {
  @ApiProperty({ description: 'Nội dung tiến độ · what was done', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Mốc của hợp đồng · the contract milestone reported on' })
  @IsOptionalNonNull()
  @IsUUID()
  milestoneId?: string;

  @ApiPropertyOptional({ description: 'Mốc đã hoàn thành · the milestone is done' })
  @IsOptionalNonNull()
  @IsBoolean()
  done?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Tài liệu minh chứng đã tải lên · uploaded evidence documents' })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}
