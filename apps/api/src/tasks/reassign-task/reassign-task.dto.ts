import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

export class AssigneeDto {
  @ApiProperty({ enum: ['user', 'department', 'role', 'council', 'enterprise'] })
  @IsIn(['user', 'department', 'role', 'council', 'enterprise'])
  kind!: 'user' | 'department' | 'role' | 'council' | 'enterprise';

  @ApiProperty({ description: 'Mã người dùng, đơn vị, vai trò, hội đồng… · id of the user, department, role, council', example: 'thanh-hoa/chi-cuc-tdc' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  id!: string;
}

export class ReassignTaskDto {
  @ApiProperty({ type: AssigneeDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AssigneeDto)
  to!: AssigneeDto;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
