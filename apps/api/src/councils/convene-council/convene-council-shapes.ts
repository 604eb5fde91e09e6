import { ApiProperty, PickType } from '@nestjs/swagger';
import { TASK_TYPES } from '../../../../../libs/domain/src/councils';
import { ConveneCouncilDto } from './convene-council.dto';

/*
 * The four bodies of POST /councils, one per council kind, for the OpenAPI document (`kind` is
 * the discriminator). ConveneCouncilDto validates them all and ignores another kind's fields.
 */

const COMMON = ['applicationId', 'members', 'meetingDate'] as const;

export class ConveneIdentificationCouncilShape extends PickType(ConveneCouncilDto, [...COMMON, 'criteria'] as const) {
  @ApiProperty({ enum: ['identification'] }) kind!: 'identification';
}

export class ConveneSelectionCouncilShape extends PickType(ConveneCouncilDto, [...COMMON, 'fromTaskProposer', 'requestedVnd'] as const) {
  @ApiProperty({ enum: ['selection'] }) kind!: 'selection';
  @ApiProperty({ enum: TASK_TYPES, description: 'Dự án hoặc đề tài: chọn bộ tiêu chí chấm điểm · project or topic: picks the score sheet' }) taskType!: string;
}

export class ConveneBudgetAppraisalTeamShape extends PickType(ConveneCouncilDto, [...COMMON, 'requestedVnd', 'caps'] as const) {
  @ApiProperty({ enum: ['budget-appraisal'] }) kind!: 'budget-appraisal';
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Tổng kinh phí thực hiện, VND · total cost' }) totalCostVnd!: number;
}

export class ConveneAcceptanceCouncilShape extends PickType(ConveneCouncilDto, COMMON) {
  @ApiProperty({ enum: ['acceptance'] }) kind!: 'acceptance';
  @ApiProperty({ format: 'date', example: '2025-12-31', description: 'Ngày kết thúc hợp đồng · contract end' }) contractEndOn!: string;
  @ApiProperty({ format: 'date', example: '2026-01-20', description: 'Ngày nộp hồ sơ nghiệm thu · dossier submitted' }) dossierSubmittedOn!: string;
}

export const CONVENE_SHAPES = {
  identification: ConveneIdentificationCouncilShape,
  selection: ConveneSelectionCouncilShape,
  'budget-appraisal': ConveneBudgetAppraisalTeamShape,
  acceptance: ConveneAcceptanceCouncilShape,
} as const;
