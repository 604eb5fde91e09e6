import { ApiProperty } from '@nestjs/swagger';
import type { Action } from '../../../../../libs/domain/src/identity/action';

class LabelView {
  @ApiProperty({ example: 'Cán bộ sở, ngành' }) vi!: string;
  @ApiProperty({ example: 'Department officer' }) en!: string;
}

class MeUserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'officer.tdc' }) username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
}

class RoleView {
  @ApiProperty({ example: 'department-officer' }) code!: string;
  @ApiProperty({ type: LabelView }) label!: LabelView;
}

class CodeNameView {
  @ApiProperty({ example: 'thanh-hoa' }) code!: string;
  @ApiProperty({ type: LabelView }) name!: LabelView;
}

class MeDepartmentView extends CodeNameView {
  @ApiProperty({ description: 'Trưởng đơn vị (nhận cảnh báo quá hạn) · unit head' }) isUnitHead!: boolean;
  @ApiProperty({ description: 'Người ký phê duyệt · may sign approvals' }) isApprover!: boolean;
}

class MeEnterpriseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2801234564' }) taxCode!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'small' }) sizeClass!: string;
}

class MeCouncilView {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

/** The signed-in user as the web UI needs it: who, which roles, where, and what they may attempt. */
export class MeView {
  @ApiProperty({ type: MeUserView }) user!: MeUserView;
  @ApiProperty({ type: [RoleView] }) roles!: RoleView[];
  @ApiProperty({ type: CodeNameView, nullable: true, description: 'null: quản trị toàn hệ thống · null for the whole-instance administrator' }) province!: CodeNameView | null;
  @ApiProperty({ type: MeDepartmentView, nullable: true }) department!: MeDepartmentView | null;
  @ApiProperty({ type: MeEnterpriseView, nullable: true }) enterprise!: MeEnterpriseView | null;
  @ApiProperty({ type: [MeCouncilView] }) councils!: MeCouncilView[];
  @ApiProperty({ type: [String], description: 'Các thao tác vai trò cho phép · actions the roles allow (records are still scoped)' }) allowedActions!: Action[];
}
