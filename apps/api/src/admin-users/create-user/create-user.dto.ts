import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';
import { ROLES } from '../../../../../libs/domain/src/identity/role';

export class CreateUserDto {
  @ApiProperty({ example: 'officer.congthuong2', description: 'Chữ, số, ". _ -"; lưu chữ thường · letters, digits, ". _ -"; stored lower case' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,62}[A-Za-z0-9]$/)
  username!: string;

  @ApiProperty({ minLength: 8, maxLength: 200 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Nguyễn Văn An', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @IsIn(ROLES, { each: true })
  roles!: string[];

  @ApiPropertyOptional({ example: 'thanh-hoa', description: 'Bắt buộc trừ quản trị hệ thống · required except for administrators' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(64)
  provinceCode?: string;

  @ApiPropertyOptional({ example: 'thanh-hoa/chi-cuc-tdc', description: 'Bắt buộc với cán bộ sở, ngành · required for department officers' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(128)
  departmentCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Doanh nghiệp mà người dùng doanh nghiệp đại diện · the enterprise an enterprise user acts for' })
  @IsOptionalNonNull()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNonNull()
  @IsArray()
  @IsUUID(undefined, { each: true })
  councilIds?: string[];

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean()
  isUnitHead?: boolean;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean()
  isApprover?: boolean;

  @ApiPropertyOptional({ example: 'an.nv@thanhhoa.gov.vn' })
  @IsOptionalNonNull()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}
