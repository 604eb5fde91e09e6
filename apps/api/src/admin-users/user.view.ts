import { ApiProperty } from '@nestjs/swagger';
import { UserEntity } from '../../../../libs/persistence/src/entities/identity/user.entity';

/** A user account as administrators see it (never the password hash). */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'officer.tdc' }) username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ type: [String], example: ['department-officer'] }) roles!: string[];
  @ApiProperty({ nullable: true, type: String, example: 'thanh-hoa' }) provinceCode!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'thanh-hoa/chi-cuc-tdc' }) departmentCode!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) enterpriseId!: string | null;
  @ApiProperty() isUnitHead!: boolean;
  @ApiProperty() isApprover!: boolean;
  @ApiProperty({ type: [String] }) councilIds!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(row: UserEntity): UserView {
    return Object.assign(new UserView(), {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      email: row.email,
      roles: [...row.roles],
      provinceCode: row.provinceCode,
      departmentCode: row.departmentCode,
      enterpriseId: row.enterpriseId,
      isUnitHead: row.isUnitHead,
      isApprover: row.isApprover,
      councilIds: [...row.councilIds],
      active: row.active,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    });
  }
}

export class UserPageView {
  @ApiProperty({ type: [UserView] }) items!: UserView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
