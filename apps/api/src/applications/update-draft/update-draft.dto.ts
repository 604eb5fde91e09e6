import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

/** The fields of a draft that may change before submission; absent fields stay as they are. */
export class UpdateDraftDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ example: 'management-systems' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  supportKind?: string;

  @ApiPropertyOptional({ description: 'VND, số nguyên · whole VND' })
  @IsOptional()
  @IsInt()
  @Min(0)
  requestedAmountVnd?: number;

  @ApiPropertyOptional({ example: 'thanh-hoa/so-cong-thuong' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]*\/[a-z0-9-]+$/)
  sponsoringDepartmentCode?: string;
}
