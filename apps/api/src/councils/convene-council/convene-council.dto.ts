import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';
import { COUNCIL_KINDS, COUNCIL_ROLES, TASK_TYPES } from '../../../../../libs/domain/src/councils';
import { IsCalendarDate } from '../../reference-data/calendar-date.decorator';
import { LocalizedTextDto } from '../../reference-data/localized-text';
import { ShareDto } from '../../reference-data/support-policy.dto';

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CouncilMemberDto {
  @ApiProperty({ format: 'uuid', description: 'Tài khoản thành viên hội đồng · a council-member user' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ enum: COUNCIL_ROLES })
  @IsIn(COUNCIL_ROLES)
  role!: string;

  @ApiPropertyOptional({ description: 'Thành viên của Sở Tài chính · sent by the Finance Department', default: false })
  @IsOptionalNonNull()
  @IsBoolean()
  financeDepartment?: boolean;
}

export class CriterionDto {
  @ApiProperty({ example: 'necessity' })
  @IsString()
  @Matches(CODE)
  @MaxLength(64)
  id!: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  label!: LocalizedTextDto;
}

export class PolicyCapDto {
  @ApiProperty({ example: 'nq-12-2022-iso' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id!: string;

  @ApiProperty({ example: 'task', description: 'Tính theo · counted per (task, enterprise, certificate…)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  per!: string;

  @ApiPropertyOptional({ type: ShareDto })
  @IsOptionalNonNull()
  @ValidateNested()
  @Type(() => ShareDto)
  shareOfCost?: ShareDto;

  @ApiPropertyOptional({ example: 100000000 })
  @IsOptionalNonNull()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  capVnd?: number;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptionalNonNull()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  label?: LocalizedTextDto;
}

/** POST /councils. Fields after `meetingDate` belong to one kind each; the others are ignored. */
export class ConveneCouncilDto {
  @ApiProperty({ enum: COUNCIL_KINDS })
  @IsIn(COUNCIL_KINDS)
  kind!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  applicationId!: string;

  @ApiProperty({ type: [CouncilMemberDto], description: 'Danh sách thành viên và vai trò · roll with roles' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CouncilMemberDto)
  members!: CouncilMemberDto[];

  @ApiPropertyOptional({ example: '2026-03-10' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  meetingDate?: string;

  @ApiPropertyOptional({ type: [CriterionDto], description: 'Hội đồng xác định nhiệm vụ: tiêu chí của phiếu (mặc định 4 tiêu chí) · identification: ballot criteria' })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];

  @ApiPropertyOptional({ enum: TASK_TYPES, description: 'Hội đồng tuyển chọn (bắt buộc): dự án hoặc đề tài · selection (required): project or topic' })
  @ValidateIf((dto: ConveneCouncilDto) => dto.kind === 'selection' || dto.taskType !== undefined)
  @IsIn(TASK_TYPES)
  taskType?: string;

  @ApiPropertyOptional({ description: 'Hội đồng tuyển chọn: tổ chức đề xuất đặt hàng (được cộng 10%) · selection: the task’s proposer (+10%)', default: false })
  @IsOptionalNonNull()
  @IsBoolean()
  fromTaskProposer?: boolean;

  @ApiPropertyOptional({ description: 'Kinh phí ngân sách đề nghị hỗ trợ, VND (mặc định lấy từ hồ sơ) · state support requested (defaults to the application’s)' })
  @IsOptionalNonNull()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  requestedVnd?: number;

  @ApiPropertyOptional({ description: 'Thẩm định kinh phí (bắt buộc): tổng kinh phí thực hiện, VND · appraisal (required): total cost' })
  @ValidateIf((dto: ConveneCouncilDto) => dto.kind === 'budget-appraisal' || dto.totalCostVnd !== undefined)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  totalCostVnd?: number;

  @ApiPropertyOptional({ type: [PolicyCapDto], description: 'Thẩm định kinh phí: các mức trần áp dụng · appraisal: caps that apply' })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PolicyCapDto)
  caps?: PolicyCapDto[];

  @ApiPropertyOptional({ example: '2025-12-31', description: 'Nghiệm thu (bắt buộc): ngày kết thúc hợp đồng · acceptance (required): contract end' })
  @ValidateIf((dto: ConveneCouncilDto) => dto.kind === 'acceptance' || dto.contractEndOn !== undefined)
  @IsCalendarDate()
  contractEndOn?: string;

  @ApiPropertyOptional({ example: '2026-01-20', description: 'Nghiệm thu (bắt buộc): ngày nộp hồ sơ nghiệm thu · acceptance (required): dossier submitted' })
  @ValidateIf((dto: ConveneCouncilDto) => dto.kind === 'acceptance' || dto.dossierSubmittedOn !== undefined)
  @IsCalendarDate()
  dossierSubmittedOn?: string;
}
