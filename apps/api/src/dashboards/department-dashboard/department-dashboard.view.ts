import { ApiProperty } from '@nestjs/swagger';

class TaskFiguresView {
  @ApiProperty({ description: 'Việc đang mở · open tasks' }) open!: number;
  @ApiProperty({ description: 'Việc đang mở đã quá hạn · open tasks past due' }) overdue!: number;
  @ApiProperty({ description: 'Việc đã quyết định · decided tasks' }) decided!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Tỷ lệ quyết định đúng hạn (%), trên các việc có hạn · share decided by the due time' }) onTimePercent!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Số ngày làm việc xử lý (trung vị) · median working days to decide' }) medianTurnaroundWorkingDays!: number | null;
}

class StepFiguresView extends TaskFiguresView {
  @ApiProperty({ example: 'intake' }) stepCode!: string;
  @ApiProperty({ example: 'Tiếp nhận, kiểm tra tính hợp lệ' }) stepName!: string;
}

class DepartmentFiguresView {
  @ApiProperty({ example: 'thanh-hoa/chi-cuc-tdc' }) departmentCode!: string;
  @ApiProperty() departmentName!: string;
  @ApiProperty({ type: TaskFiguresView }) totals!: TaskFiguresView;
  @ApiProperty({ type: [StepFiguresView] }) steps!: StepFiguresView[];
}

class ProvinceDepartmentsView {
  @ApiProperty({ example: 'thanh-hoa' }) provinceCode!: string;
  @ApiProperty() provinceName!: string;
  @ApiProperty({ type: [DepartmentFiguresView] }) departments!: DepartmentFiguresView[];
}

export class DepartmentDashboardView {
  @ApiProperty({ type: [ProvinceDepartmentsView] }) provinces!: ProvinceDepartmentsView[];
}
