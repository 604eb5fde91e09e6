import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** POST /councils/{id}/close. */
export class CloseCouncilDto {
  @ApiPropertyOptional({ description: 'Thẩm định kinh phí (bắt buộc): mức kinh phí tổ thông qua, VND · appraisal (required): amount approved' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  approvedVnd?: number;
}
