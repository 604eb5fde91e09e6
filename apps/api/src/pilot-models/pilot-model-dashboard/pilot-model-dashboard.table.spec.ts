import { pilotModelDashboardTables } from './pilot-model-dashboard.table';

describe('pilotModelDashboardTables', () => {
  const steps = [
    { code: 'assess', name: { vi: 'Đánh giá thực trạng', en: 'Assess the current state' } },
    { code: 'select', name: { vi: 'Lựa chọn', en: 'Select' } },
  ];
  const thanhHoa = {
    provinceCode: 'thanh-hoa',
    modelsPerStep: { assess: 2, select: 0 },
    overduePerStep: { assess: 1, select: 0 },
    averageWorkingDaysPerStep: { assess: 4.5, select: null },
    improvements: [{ indicator: 'DEFECT_RATE', direction: 'lower-is-better' as const, modelCount: 2, percentCount: 2, meanPercentChange: -33.33, improvedCount: 2, unchangedCount: 0, worsenedCount: 0 }],
  };

  it('has one row per province and step, in step order, with the step name in the caller language', () => {
    const [bySteps] = pilotModelDashboardTables([thanhHoa], steps, 'en');
    expect(bySteps.header.map((label) => label.vi)).toEqual(['Mã tỉnh', 'Mã bước', 'Bước', 'Số mô hình đang ở bước', 'Quá hạn', 'Số ngày làm việc trung bình']);
    expect(bySteps.rows).toEqual([
      ['thanh-hoa', 'assess', 'Assess the current state', 2, 1, 4.5],
      ['thanh-hoa', 'select', 'Select', 0, 0, null],
    ]);
  });

  it('has one row per province and indicator in the roll-up sheet', () => {
    const [, indicators] = pilotModelDashboardTables([thanhHoa, { ...thanhHoa, provinceCode: 'hung-yen', improvements: [] }], steps, 'vi');
    expect(indicators.rows).toEqual([['thanh-hoa', 'DEFECT_RATE', 'càng thấp càng tốt', 2, -33.33, 2, 0, 0]]);
  });
});
