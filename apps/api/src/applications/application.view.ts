import { ApiProperty } from '@nestjs/swagger';
import { ApplicationEntity } from '../../../../libs/persistence/src/entities/application.entity';

class CurrentTaskView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-03-03' }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: [String], example: ['accept', 'request-supplement', 'reject'] }) allowedOutcomes!: string[];
}

class TrancheView {
  @ApiProperty({ example: 'Đợt 1' }) label!: string;
  @ApiProperty({ description: 'VND, số nguyên · whole VND' }) amountVnd!: number;
  @ApiProperty({ example: '2026-04-01' }) dueDate!: string;
}

class MilestoneView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-09-30' }) dueDate!: string;
  @ApiProperty({ enum: ['open', 'done'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Việc theo dõi hạn của doanh nghiệp · the enterprise clock task' }) taskId!: string | null;
  @ApiProperty({ nullable: true, type: String }) doneAt!: string | null;
}

class ProgressView {
  @ApiProperty() at!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) milestoneId!: string | null;
  @ApiProperty() note!: string;
  @ApiProperty() done!: boolean;
  @ApiProperty({ type: [String] }) documentIds!: string[];
}

class InspectionView {
  @ApiProperty({ example: '2027-03-15' }) date!: string;
  @ApiProperty({ nullable: true, type: String }) noticeSentAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) taskId!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['satisfactory', 'adjustment-required'] }) outcome!: string | null;
  @ApiProperty({ nullable: true, type: String }) findings!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
}

/** The implementation phase of a contracted case: tranches, milestones, progress reports, inspections. */
class ImplementationView {
  @ApiProperty({ example: '2027-03-15', description: 'Ngày kết thúc hợp đồng · contract end' }) endDate!: string;
  @ApiProperty({ type: [TrancheView] }) tranches!: TrancheView[];
  @ApiProperty({ type: [MilestoneView] }) milestones!: MilestoneView[];
  @ApiProperty({ type: [ProgressView] }) progress!: ProgressView[];
  @ApiProperty({ type: [InspectionView] }) inspections!: InspectionView[];
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
  @ApiProperty({ nullable: true, type: ImplementationView }) implementation!: ImplementationView | null;
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
      implementation: (row.implementation as ImplementationView | null) ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    });
  }
}
