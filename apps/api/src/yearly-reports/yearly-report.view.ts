import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DepartmentReportView } from '../../../../workflows/yearly-report/messages';

class ReportFigureView {
  @ApiProperty({ example: 'Doanh nghiệp được hỗ trợ áp dụng ISO 9001' }) indicator!: string;
  @ApiProperty({ example: 'doanh nghiệp' }) unit!: string;
  @ApiProperty({ example: 12 }) value!: number;
  @ApiPropertyOptional() note?: string;
}

class ReportContentView {
  @ApiProperty({ description: 'Tóm tắt kết quả · summary' }) summary!: string;
  @ApiProperty({ type: [ReportFigureView] }) figures!: ReportFigureView[];
}

class SubmitterView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() username!: string;
}

/** One department's report of a year (a department_reports row). */
export class YearlyReportView implements DepartmentReportView {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 'thanh-hoa/so-cong-thuong' }) departmentCode!: string;
  @ApiProperty({ example: 'thanh-hoa' }) provinceCode!: string;
  @ApiProperty({ enum: ['requested', 'submitted', 'overdue'] }) status!: DepartmentReportView['status'];
  @ApiProperty({ example: '2026-11-30', description: 'Hạn nộp (hết 24:00 giờ Việt Nam) · due date' }) dueDate!: string;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: SubmitterView }) submittedBy!: SubmitterView | null;
  @ApiProperty({ nullable: true, type: ReportContentView }) content!: ReportContentView | null;
  @ApiProperty() version!: number;
}

/** A row of the manager's list: the report with the department's name. */
export class DepartmentYearlyReportView extends YearlyReportView {
  @ApiProperty({ example: 'Sở Công Thương tỉnh Thanh Hóa' }) departmentName!: string;
  @ApiProperty({ description: 'Nộp sau hạn · submitted after the due date' }) late!: boolean;
}

class StatusCountsView {
  @ApiProperty() requested!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() overdue!: number;
}

/** GET /yearly-reports: the status of every department of a province for a year. */
export class YearlyReportsOfProvinceView {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 'thanh-hoa' }) provinceCode!: string;
  @ApiProperty({ type: StatusCountsView }) counts!: StatusCountsView;
  @ApiProperty({ type: [DepartmentYearlyReportView], description: 'Trống khi kỳ báo cáo của năm chưa mở · empty until the cycle opens' }) items!: DepartmentYearlyReportView[];
}
