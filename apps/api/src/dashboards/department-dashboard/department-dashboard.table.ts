import type { LocalizedTable } from '../../../../../libs/reports/src/table';
import type { ProvinceSummary } from './department-task-summary';

/** One row per province, department and step: the dashboard as a sheet. */
export function departmentDashboardTable(provinces: readonly ProvinceSummary[]): LocalizedTable {
  return {
    name: { vi: 'Đơn vị theo bước', en: 'Departments by step' },
    header: [
      { vi: 'Mã tỉnh', en: 'Province code' },
      { vi: 'Tỉnh', en: 'Province' },
      { vi: 'Mã đơn vị', en: 'Department code' },
      { vi: 'Đơn vị', en: 'Department' },
      { vi: 'Mã bước', en: 'Step code' },
      { vi: 'Bước', en: 'Step' },
      { vi: 'Đang mở', en: 'Open' },
      { vi: 'Quá hạn', en: 'Overdue' },
      { vi: 'Đã quyết định', en: 'Decided' },
      { vi: 'Đúng hạn (%)', en: 'On time (%)' },
      { vi: 'Thời gian xử lý trung vị (ngày làm việc)', en: 'Median turnaround (working days)' },
    ],
    rows: provinces.flatMap((province) =>
      province.departments.flatMap((department) =>
        department.steps.map((step) => [
          province.provinceCode,
          province.provinceName,
          department.departmentCode,
          department.departmentName,
          step.stepCode,
          step.stepName,
          step.open,
          step.overdue,
          step.decided,
          step.onTimePercent,
          step.medianTurnaroundWorkingDays,
        ]),
      ),
    ),
  };
}
