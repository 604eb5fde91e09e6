import { ApiProperty } from '@nestjs/swagger';
import { ApplicationEntity } from '../../../../libs/persistence/src/entities/application.entity';

class CurrentTaskView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-03-03' }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: [String], example: ['accept', 'request-supplement', 'reject'] }) allowedOutcomes!: string[];
}

/** A support application as clients see it. */
export class ApplicationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Áp dụng ISO 9001 và 5S tại nhà máy chế biến' }) title!: string;
  @ApiProperty({ example: 'thanh-hoa' }) provinceCode!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) enterpriseId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'management-systems' }) supportKind!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'VND, số nguyên · whole VND' }) requestedAmountVnd!: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'thanh-hoa/so-cong-thuong' }) sponsoringDepartmentCode!: string | null;
  @ApiProperty({ enum: ['draft', 'in-progress', 'closed', 'withdrawn', 'rejected', 'terminated'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, example: 'intake' }) currentStep!: string | null;
  @ApiProperty({ nullable: true, type: CurrentTaskView }) currentTask!: CurrentTaskView | null;
  @ApiProperty({ nullable: true, type: String, example: 'nscl/2021', description: 'Phiên bản quy trình áp dụng · procedure version the case runs under' }) procedureVersion!: string | null;
  @ApiProperty({ nullable: true, type: Number }) approvedAmountVnd!: number | null;
  @ApiProperty() refundOrdered!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(row: ApplicationEntity, task?: { id: string; dueDate: string | null; dueAt: Date | null; allowedOutcomes: { code: string }[] } | null, now = Date.now()): ApplicationView {
    return Object.assign(new ApplicationView(), {
      id: row.id,
      title: row.title,
      provinceCode: row.provinceCode,
      enterpriseId: row.enterpriseId,
      supportKind: row.supportKind,
      requestedAmountVnd: row.requestedAmountVnd,
      sponsoringDepartmentCode: row.sponsoringDepartmentCode,
      status: row.status,
      currentStep: row.currentStep,
      currentTask: task
        ? {
            id: task.id,
            dueDate: task.dueDate,
            dueAt: task.dueAt ? task.dueAt.toISOString() : null,
            overdue: task.dueAt !== null && task.dueAt.getTime() < now,
            allowedOutcomes: task.allowedOutcomes.map((outcome) => outcome.code),
          }
        : null,
      procedureVersion: row.procedureVersion,
      approvedAmountVnd: row.approvedAmountVnd,
      refundOrdered: row.refundOrdered,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    });
  }
}
