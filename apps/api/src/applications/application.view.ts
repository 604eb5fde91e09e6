import { ApiProperty } from '@nestjs/swagger';
import { ApplicationEntity } from '../../../../libs/persistence/src/entities/application.entity';

/** A support application as clients see it. */
export class ApplicationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Áp dụng ISO 9001 và 5S tại nhà máy chế biến' }) title!: string;
  @ApiProperty({ example: 'thanh-hoa' }) provinceCode!: string;
  @ApiProperty({ nullable: true, type: String, example: 'management-systems' }) supportKind!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'VND, số nguyên · whole VND' }) requestedAmountVnd!: number | null;
  @ApiProperty({ example: 'submitted' }) status!: string;
  @ApiProperty({ nullable: true, type: String, example: 'intake' }) currentStep!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(row: ApplicationEntity): ApplicationView {
    return Object.assign(new ApplicationView(), {
      id: row.id,
      title: row.title,
      provinceCode: row.provinceCode,
      supportKind: row.supportKind,
      requestedAmountVnd: row.requestedAmountVnd,
      status: row.status,
      currentStep: row.currentStep,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    });
  }
}
