import { departmentDashboardTable } from './department-dashboard.table';
import { median, percent, StepTally, summariseDepartmentTasks } from './department-task-summary';

const THANH_HOA = { provinceCode: 'thanh-hoa', provinceName: { vi: 'Thanh Hóa', en: 'Thanh Hoa' } };
const TDC = { departmentCode: 'thanh-hoa/chi-cuc-tdc', departmentName: { vi: 'Chi cục TĐC', en: 'Standards sub-department' } };
const INTAKE = { stepCode: 'intake', stepName: { vi: 'Tiếp nhận', en: 'Intake' } };
const NONE = { open: 0, overdue: 0, decided: 0, decidedWithDue: 0, decidedOnTime: 0, turnaroundWorkingDays: [] };

function tally(overrides: Partial<StepTally>): StepTally {
  return { ...THANH_HOA, ...TDC, ...INTAKE, ...NONE, ...overrides };
}

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[5, 1, 3], 3],
    [[4, 1, 2, 10], 3],
    [[1, 2], 1.5],
  ])('%j → %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('percent', () => {
  it('rounds to one decimal and is null without a base', () => {
    expect([percent(2, 3), percent(1, 3), percent(3, 3), percent(0, 4), percent(0, 0)]).toEqual([66.7, 33.3, 100, 0, null]);
  });
});

describe('summariseDepartmentTasks', () => {
  it('works out the on-time share over decided tasks with a due time and the median turnaround', () => {
    const [province] = summariseDepartmentTasks([tally({ open: 2, overdue: 1, decided: 4, decidedWithDue: 3, decidedOnTime: 2, turnaroundWorkingDays: [7, 1, 3, 2] })], 'vi');
    expect(province).toEqual({
      provinceCode: 'thanh-hoa',
      provinceName: 'Thanh Hóa',
      departments: [
        {
          departmentCode: 'thanh-hoa/chi-cuc-tdc',
          departmentName: 'Chi cục TĐC',
          totals: { open: 2, overdue: 1, decided: 4, onTimePercent: 66.7, medianTurnaroundWorkingDays: 2.5 },
          steps: [{ stepCode: 'intake', stepName: 'Tiếp nhận', open: 2, overdue: 1, decided: 4, onTimePercent: 66.7, medianTurnaroundWorkingDays: 2.5 }],
        },
      ],
    });
  });

  it('leaves the share and the median empty when nothing is decided yet', () => {
    const [province] = summariseDepartmentTasks([tally({ open: 3 })], 'en');
    expect(province.departments[0].steps[0]).toEqual({ stepCode: 'intake', stepName: 'Intake', open: 3, overdue: 0, decided: 0, onTimePercent: null, medianTurnaroundWorkingDays: null });
    expect(province.provinceName).toBe('Thanh Hoa');
  });

  it('groups by province and department in code order, adds up a step seen twice, and totals a department over its steps', () => {
    const hungYen = { provinceCode: 'hung-yen', provinceName: { vi: 'Hưng Yên', en: 'Hung Yen' }, departmentCode: 'hung-yen/so-khcn', departmentName: { vi: 'Sở KH&CN', en: 'DOST' } };
    const summary = summariseDepartmentTasks(
      [
        tally({ stepCode: 'review', stepName: { vi: 'Thẩm định', en: 'Review' }, decided: 1, decidedWithDue: 1, decidedOnTime: 0, turnaroundWorkingDays: [9] }),
        tally({ open: 1, decided: 1, decidedWithDue: 1, decidedOnTime: 1, turnaroundWorkingDays: [2] }),
        tally({ ...hungYen, open: 5 }),
        tally({ decided: 1, decidedWithDue: 0, turnaroundWorkingDays: [4] }),
      ],
      'vi',
    );
    expect(summary.map((province) => province.provinceCode)).toEqual(['hung-yen', 'thanh-hoa']);
    const tdc = summary[1].departments[0];
    expect(tdc.steps.map((step) => [step.stepCode, step.decided, step.onTimePercent, step.medianTurnaroundWorkingDays])).toEqual([
      ['intake', 2, 100, 3],
      ['review', 1, 0, 9],
    ]);
    expect(tdc.totals).toEqual({ open: 1, overdue: 0, decided: 3, onTimePercent: 50, medianTurnaroundWorkingDays: 4 });
  });
});

describe('departmentDashboardTable', () => {
  it('flattens to one row per province, department and step, numbers as numbers and empty figures as null', () => {
    const table = departmentDashboardTable(summariseDepartmentTasks([tally({ open: 1 }), tally({ stepCode: 'review', stepName: { vi: 'Thẩm định', en: 'Review' }, decided: 2, decidedWithDue: 2, decidedOnTime: 1, turnaroundWorkingDays: [3, 5] })], 'vi'));
    expect(table.header).toHaveLength(11);
    expect(table.header[2]).toEqual({ vi: 'Mã đơn vị', en: 'Department code' });
    expect(table.rows).toEqual([
      ['thanh-hoa', 'Thanh Hóa', 'thanh-hoa/chi-cuc-tdc', 'Chi cục TĐC', 'intake', 'Tiếp nhận', 1, 0, 0, null, null],
      ['thanh-hoa', 'Thanh Hóa', 'thanh-hoa/chi-cuc-tdc', 'Chi cục TĐC', 'review', 'Thẩm định', 0, 0, 2, 50, 4],
    ]);
  });
});
