import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCEPTANCE_GRADES, ASSIGNMENT_MODES, CRITERION_VERDICTS } from '../../../../../libs/domain/src/councils';

/*
 * The four ballot shapes of POST /councils/{id}/ballots, for the OpenAPI document: the council's
 * kind decides which one a ballot must have (`kind`, optional, must then match the council).
 * CastBallotDto validates them all; ballotPayload checks the fields against the council's sheet.
 */

const COMMENT = { description: 'Nhận xét · comment', maxLength: 4000 } as const;

export class IdentificationBallotShape {
  @ApiPropertyOptional({ enum: ['identification'], description: 'Loại hội đồng (nếu gửi phải khớp) · council kind (must match when sent)' }) kind?: 'identification';
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...CRITERION_VERDICTS] },
    description: 'Đánh giá từng tiêu chí của hội đồng (mã tiêu chí → "dat" | "khong-dat"), đủ mọi tiêu chí · a verdict for every criterion of the council',
    example: { necessity: 'dat', novelty: 'dat', feasibility: 'dat', applicability: 'dat' },
  })
  verdicts!: Record<string, string>;
  @ApiPropertyOptional({ enum: ASSIGNMENT_MODES, description: 'Bắt buộc khi mọi tiêu chí "dat": phương thức · required when every criterion is "dat": mode' }) mode?: string;
  @ApiPropertyOptional(COMMENT) comment?: string;
}

export class SelectionBallotShape {
  @ApiPropertyOptional({ enum: ['selection'], description: 'Loại hội đồng (nếu gửi phải khớp) · council kind (must match when sent)' }) kind?: 'selection';
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    description: 'Điểm nguyên từng tiêu chí của phiếu (0…trọng số), đủ mọi tiêu chí · whole points per criterion of the sheet (0…weight), every criterion',
    example: { overview: 6, content: 16, 'novelty-feasibility': 10, 'socio-economic-effect': 10, products: 13, 'financial-plan': 12, capacity: 13 },
  })
  scores!: Record<string, number>;
  @ApiPropertyOptional(COMMENT) comment?: string;
}

export class BudgetAppraisalBallotShape {
  @ApiPropertyOptional({ enum: ['budget-appraisal'], description: 'Loại hội đồng (nếu gửi phải khớp) · council kind (must match when sent)' }) kind?: 'budget-appraisal';
  @ApiProperty({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Mức kinh phí thành viên đề xuất, VND, trong các mức trần · amount this member proposes, within the caps' })
  proposedVnd!: number;
  @ApiPropertyOptional(COMMENT) comment?: string;
}

export class AcceptanceBallotShape {
  @ApiPropertyOptional({ enum: ['acceptance'], description: 'Loại hội đồng (nếu gửi phải khớp) · council kind (must match when sent)' }) kind?: 'acceptance';
  @ApiProperty({ enum: ACCEPTANCE_GRADES, description: 'Xếp loại · grade' }) grade!: string;
  @ApiPropertyOptional(COMMENT) comment?: string;
}

export const BALLOT_SHAPES = [IdentificationBallotShape, SelectionBallotShape, BudgetAppraisalBallotShape, AcceptanceBallotShape] as const;
