import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { INT4_MAX, IsSafeInteger } from '../validation/is-safe-integer';
import { IsOptionalNonNull } from '../validation/is-optional-non-null';
import { SIZE_CLASSES } from '../../../../libs/domain/src/enterprises/size-class';
import { IsCalendarDate } from './calendar-date.decorator';
import { LocalizedTextDto } from './localized-text';
import { SUPPORT_PERS } from './support-policy.view';

export const POLICY_CODE = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;

export class ShareDto {
  @ApiProperty({ example: 1 })
  @IsSafeInteger(0, INT4_MAX)
  num!: number;

  @ApiProperty({ example: 2 })
  @IsSafeInteger(1, INT4_MAX)
  den!: number;
}

/** A support policy row as an administrator writes it (PUT replaces every field). */
export class SupportPolicyFieldsDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiProperty({ example: 'Nghị quyết 12/2022/NQ-HĐND tỉnh Thanh Hóa, Điều 3', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  legalBasis!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Resolution 12/2022/NQ-HĐND of Thanh Hóa, Article 3', maxLength: 500, description: 'Căn cứ pháp lý bằng tiếng Anh · legal basis in English' })
  @IsOptional() // a nullable column: null clears it, as the policy view shows it
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  legalBasisEn?: string | null;

  @ApiPropertyOptional({
    type: String,
    isArray: true,
    example: ['digital-management'],
    description: 'Mã nội dung hỗ trợ (danh mục support-kinds) mà mức trần áp dụng; bỏ trống: không áp cho hồ sơ nào · support kinds the cap applies to',
  })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  supportKinds?: string[];

  @ApiProperty({ type: ShareDto, description: 'Tỷ lệ tối đa của chi phí · highest share of the cost' })
  @ValidateNested()
  @Type(() => ShareDto)
  shareOfCost!: ShareDto;

  @ApiProperty({ description: 'Mức trần, VND nguyên · cap in whole VND', example: 100000000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  capVnd!: number;

  @ApiProperty({ enum: SUPPORT_PERS })
  @IsIn(SUPPORT_PERS)
  per!: string;

  @ApiPropertyOptional({ enum: SIZE_CLASSES, isArray: true, nullable: true, description: 'Bỏ trống: mọi quy mô · omit for any size' })
  @IsOptional() // a nullable column: null clears it, as the policy view shows it
  @IsArray()
  @ArrayUnique()
  @IsIn(SIZE_CLASSES, { each: true })
  sizeClasses?: string[] | null;

  @ApiPropertyOptional({ default: false })
  @IsOptionalNonNull()
  @IsBoolean()
  womenOrSocialEnterpriseOnly?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Mã dòng được thay thế · code of the row this one replaces' })
  @IsOptional() // a nullable column: null clears it, as the policy view shows it
  @IsString()
  @MaxLength(64)
  @Matches(POLICY_CODE)
  supersedes?: string | null;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsCalendarDate()
  validFrom!: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: 'Ngày cuối còn hiệu lực · last day in force (inclusive)' })
  @IsOptional() // a nullable column: null clears it, as the policy view shows it
  @IsCalendarDate()
  validTo?: string | null;
}

export class CreateSupportPolicyDto extends SupportPolicyFieldsDto {
  @ApiProperty({ example: 'TH-NQ12-2022-ISO' })
  @IsString()
  @MaxLength(64)
  @Matches(POLICY_CODE)
  code!: string;
}

export class UpdateSupportPolicyDto extends SupportPolicyFieldsDto {
  @ApiProperty({ description: 'Phiên bản đang sửa · the version being edited' })
  @IsSafeInteger(1, INT4_MAX)
  version!: number;
}
