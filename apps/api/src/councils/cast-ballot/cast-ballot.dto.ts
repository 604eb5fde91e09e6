import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';
import { ACCEPTANCE_GRADES, ASSIGNMENT_MODES, COUNCIL_KINDS } from '../../../../../libs/domain/src/councils';

/**
 * POST /councils/{id}/ballots. Which fields a ballot needs depends on the council's kind; the
 * OpenAPI document shows the four shapes (ballot-shapes.ts), this class validates them all.
 */
export class CastBallotDto {
  @ApiPropertyOptional({ enum: COUNCIL_KINDS, description: 'Loại hội đồng; nếu gửi phải khớp · council kind; must match when sent' })
  @IsOptionalNonNull()
  @IsIn(COUNCIL_KINDS)
  kind?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Xác định nhiệm vụ: đánh giá từng tiêu chí "dat" | "khong-dat" · identification: verdict per criterion',
    example: { necessity: 'dat', novelty: 'dat', feasibility: 'dat', applicability: 'dat' },
  })
  @IsOptionalNonNull()
  @IsObject()
  verdicts?: Record<string, unknown>;

  @ApiPropertyOptional({ enum: ASSIGNMENT_MODES, description: 'Xác định nhiệm vụ, phiếu tán thành: phương thức · identification, backing ballot: mode' })
  @IsOptionalNonNull()
  @IsIn(ASSIGNMENT_MODES)
  mode?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Tuyển chọn: điểm từng tiêu chí (0…điểm tối đa) · selection: points per criterion', example: { overview: 7, content: 16 } })
  @IsOptionalNonNull()
  @IsObject()
  scores?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Thẩm định kinh phí: mức kinh phí đề xuất, VND · appraisal: amount this member proposes' })
  @IsOptionalNonNull()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  proposedVnd?: number;

  @ApiPropertyOptional({ enum: ACCEPTANCE_GRADES, description: 'Nghiệm thu: xếp loại · acceptance: grade' })
  @IsOptionalNonNull()
  @IsIn(ACCEPTANCE_GRADES)
  grade?: string;

  @ApiPropertyOptional({ description: 'Nhận xét · comment', maxLength: 4000 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}
