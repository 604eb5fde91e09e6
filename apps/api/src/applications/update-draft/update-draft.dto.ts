import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength, } from 'class-validator';
import { IsSafeInteger } from '../../validation/is-safe-integer';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

/** The fields of a draft that may change before submission; absent fields stay as they are. */
export class UpdateDraftDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptionalNonNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ example: 'management-systems' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(64)
  supportKind?: string;

  @ApiPropertyOptional({ description: 'VND, số nguyên · whole VND' })
  @IsOptionalNonNull()
  @IsSafeInteger()
  requestedAmountVnd?: number;

  @ApiPropertyOptional({ example: 'thanh-hoa/so-cong-thuong' })
  @IsOptionalNonNull()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]*\/[a-z0-9-]+$/)
  sponsoringDepartmentCode?: string;
}
