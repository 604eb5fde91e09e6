import { ApiPropertyOptional } from '@nestjs/swagger';

/** A funding tranche (tạm ứng) of a contract. */
export class ContractTrancheDto {
  @ApiPropertyOptional({ description: 'Tên đợt · tranche label', example: 'Tạm ứng đợt 1' }) label!: string;
  @ApiPropertyOptional({ description: 'Số tiền, đồng · amount in VND', example: 120_000_000, type: 'integer' }) amountVnd!: number;
  @ApiPropertyOptional({ description: 'Hạn chi, YYYY-MM-DD · due date', example: '2027-03-31', format: 'date' }) dueDate!: string;
}

/** A contract milestone, tracked during implementation with its own clock. */
export class ContractMilestoneDto {
  @ApiPropertyOptional({ description: 'Nội dung · what is due', example: 'Ban hành bộ quy trình ISO 9001' }) title!: string;
  @ApiPropertyOptional({ description: 'Hạn, YYYY-MM-DD · due date', example: '2027-06-30', format: 'date' }) dueDate!: string;
}

/**
 * What a step's decision may carry, by step (the procedure says which fields an outcome needs and
 * the task checks them when it decides): the approved amount at budget appraisal, the contract's
 * terms when it is signed. Other steps send none.
 */
export class DecisionDataDto {
  @ApiPropertyOptional({ description: 'Thẩm định kinh phí, "approved": số tiền phê duyệt, đồng, không vượt đề nghị và mức trần · approved amount (budget appraisal)', type: 'integer', example: 250_000_000 })
  approvedAmountVnd?: number;

  @ApiPropertyOptional({ description: 'Hợp đồng, "signed": ngày hiệu lực · effective date (contract)', format: 'date', example: '2027-01-04' })
  effectiveDate?: string;

  @ApiPropertyOptional({ description: 'Hợp đồng, "signed": thời hạn, tháng · duration in months (contract)', type: 'integer', minimum: 1, example: 12 })
  durationMonths?: number;

  @ApiPropertyOptional({ description: 'Hợp đồng: các đợt cấp kinh phí · funding tranches (contract)', type: [ContractTrancheDto] })
  tranches?: ContractTrancheDto[];

  @ApiPropertyOptional({ description: 'Hợp đồng: các mốc thực hiện · milestones (contract)', type: [ContractMilestoneDto] })
  milestones?: ContractMilestoneDto[];
}
