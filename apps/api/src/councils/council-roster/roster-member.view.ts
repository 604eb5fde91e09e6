import { ApiProperty } from '@nestjs/swagger';
import { COUNCIL_ROLES } from '../../../../../libs/domain/src/councils';

/** One person the secretary may put on a council, with what helps choose a chair or reviewers. */
export class RosterMemberView {
  @ApiProperty({ format: 'uuid', description: 'Dùng làm members[].userId khi thành lập hội đồng · use as members[].userId' }) userId!: string;
  @ApiProperty({ example: 'council.member1' }) username!: string;
  @ApiProperty({ example: 'Nguyễn Văn An', description: 'Họ và tên · full name' }) fullName!: string;
  @ApiProperty({ example: 'council-member', description: 'Vai trò trong hệ thống · system role' }) role!: string;
  @ApiProperty({ nullable: true, type: String, example: 'thanh-hoa/so-tai-chinh' }) departmentCode!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Sở Tài chính Thanh Hóa', description: 'Đơn vị công tác · unit' }) departmentName!: string | null;
  @ApiProperty({ description: 'Thuộc Sở Tài chính (tổ thẩm định kinh phí cần ít nhất một) · from the Finance Department (an appraisal team needs one)' })
  financeDepartment!: boolean;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ description: 'Số hội đồng đang họp có người này · open councils this person sits on' }) openCouncils!: number;
  @ApiProperty({
    description: 'Số lần đã giữ từng vai trò trong hội đồng · times this person held each council role',
    type: 'object',
    properties: Object.fromEntries(COUNCIL_ROLES.map((role) => [role, { type: 'integer', minimum: 0 }])),
    example: { chair: 1, reviewer: 3 },
  })
  seatsHeld!: Record<string, number>;
}
