import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

/** POST /councils/{id}/close. */
export class CloseCouncilDto {
  @ApiPropertyOptional({ description: 'Thẩm định kinh phí (bắt buộc): mức kinh phí tổ thông qua, VND · appraisal (required): amount approved' })
  @IsOptionalNonNull()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  approvedVnd?: number;
}
