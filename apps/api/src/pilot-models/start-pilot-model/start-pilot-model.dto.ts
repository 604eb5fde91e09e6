import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class StartPilotModelDto {
  @ApiProperty({ format: 'uuid', description: 'Doanh nghiệp thực hiện mô hình · the enterprise' })
  @IsUUID()
  enterpriseId!: string;

  @ApiProperty({ example: 'Mô hình điểm áp dụng ISO 9001 và 5S tại Công ty A' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'thanh-hoa', description: 'Tỉnh; phải là tỉnh của cán bộ quản lý · must be the manager’s province' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  provinceCode!: string;
}
