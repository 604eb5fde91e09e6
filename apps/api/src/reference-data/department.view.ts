import { ApiProperty } from '@nestjs/swagger';
import { DEPARTMENT_CAPABILITIES, DEPARTMENT_KINDS } from '../../../../libs/domain/src/organisation/department';
import { DepartmentEntity } from '../../../../libs/persistence/src/entities/reference/department.entity';
import { LocalizedTextView } from './localized-text';

export class DepartmentView {
  @ApiProperty({ example: 'thanh-hoa/chi-cuc-tdc' }) code!: string;
  @ApiProperty({ example: 'thanh-hoa' }) provinceCode!: string;
  @ApiProperty({ type: LocalizedTextView }) name!: LocalizedTextView;
  @ApiProperty({ enum: DEPARTMENT_KINDS }) kind!: string;
  @ApiProperty({ nullable: true, type: String, example: 'thanh-hoa/so-khcn' }) parentCode!: string | null;
  @ApiProperty({ enum: DEPARTMENT_CAPABILITIES, isArray: true }) capabilities!: string[];

  static of(row: DepartmentEntity): DepartmentView {
    return Object.assign(new DepartmentView(), {
      code: row.code,
      provinceCode: row.provinceCode,
      name: LocalizedTextView.of(row.nameVi, row.nameEn),
      kind: row.kind,
      parentCode: row.parentCode,
      capabilities: row.capabilities,
    });
  }
}
