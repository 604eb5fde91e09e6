import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

export class StartApplicationDto {
  @ApiProperty({ description: 'Tên nhiệm vụ đề xuất · proposed task title', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ description: 'Mã tỉnh · province code', example: 'thanh-hoa' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,63}$/)
  provinceCode!: string;

  @ApiPropertyOptional({ description: 'Nội dung hỗ trợ · support kind (catalogue code)', example: 'management-systems' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  supportKind?: string;

  @ApiPropertyOptional({ description: 'Kinh phí đề nghị, VND · requested amount in whole VND', example: 300000000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  requestedAmountVnd?: number;
}
