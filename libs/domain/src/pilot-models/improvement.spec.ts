import { DomainError } from '../errors/domain-error';
import { computeImprovement } from './improvement';
import { findIndicator, TYPICAL_INDICATORS } from './indicator-catalogue';
import { Measurement } from './measurement';

function measure(indicator: string, unit: string, value: number, date: string): Measurement {
  return { indicator, unit, value, date, source: 'báo cáo của doanh nghiệp' };
}
const before = (indicator: string, unit: string, value: number) => measure(indicator, unit, value, '2023-03-01');
const after = (indicator: string, unit: string, value: number) => measure(indicator, unit, value, '2024-11-30');

describe('computeImprovement', () => {
  it('higher is better: a rise improves', () => {
    const result = computeImprovement(
      before('LABOUR_PRODUCTIVITY', 'VND/người/năm', 120_000_000),
      after('LABOUR_PRODUCTIVITY', 'VND/người/năm', 150_000_000),
      'higher-is-better',
    );
    expect(result).toEqual({
      indicator: 'LABOUR_PRODUCTIVITY',
      unit: 'VND/người/năm',
      direction: 'higher-is-better',
      baselineValue: 120_000_000,
      afterValue: 150_000_000,
      absoluteChange: 30_000_000,
      percentChange: 25,
      percentChangeNote: null,
      improved: true,
    });
  });

  it('higher is better: a fall worsens', () => {
    const result = computeImprovement(before('ON_TIME_DELIVERY', '%', 90), after('ON_TIME_DELIVERY', '%', 85.5), 'higher-is-better');
    expect(result.absoluteChange).toBe(-4.5);
    expect(result.percentChange).toBe(-5);
    expect(result.improved).toBe(false);
  });

  it('lower is better: a fall improves, a rise worsens', () => {
    const down = computeImprovement(before('DEFECT_RATE', '%', 2.5), after('DEFECT_RATE', '%', 1.8), 'lower-is-better');
    expect(down.absoluteChange).toBe(-0.7);
    expect(down.percentChange).toBe(-28);
    expect(down.improved).toBe(true);
    const up = computeImprovement(before('DEFECT_RATE', '%', 1.8), after('DEFECT_RATE', '%', 2.5), 'lower-is-better');
    expect(up.absoluteChange).toBe(0.7);
    expect(up.percentChange).toBe(38.89);
    expect(up.improved).toBe(false);
  });

  it('is exact with decimals where floating point is not', () => {
    const result = computeImprovement(before('DEFECT_RATE', '%', 2.5), after('DEFECT_RATE', '%', 2.6), 'lower-is-better');
    expect(result.absoluteChange).toBe(0.1);
    expect(result.percentChange).toBe(4);
    const energy = computeImprovement(before('ENERGY_PER_UNIT', 'kWh/sản phẩm', 0.3), after('ENERGY_PER_UNIT', 'kWh/sản phẩm', 0.1), 'lower-is-better');
    expect(energy.absoluteChange).toBe(-0.2);
    expect(energy.percentChange).toBe(-66.67);
    const mixedScales = computeImprovement(before('X', 'h', 1.005), after('X', 'h', 2), 'higher-is-better');
    expect(mixedScales.absoluteChange).toBe(0.995);
    expect(mixedScales.percentChange).toBe(99.0); // 99.00497… rounds to 99.00
  });

  it('rounds the percent half away from zero', () => {
    // 8 → 9 is exactly 12.5 %; 200 → 200.01 is exactly 0.005 %, which rounds away from zero.
    expect(computeImprovement(before('X', 'u', 8), after('X', 'u', 9), 'higher-is-better').percentChange).toBe(12.5);
    expect(computeImprovement(before('X', 'u', 200), after('X', 'u', 200.01), 'higher-is-better').percentChange).toBe(0.01);
    expect(computeImprovement(before('X', 'u', 200), after('X', 'u', 199.99), 'higher-is-better').percentChange).toBe(-0.01);
  });

  it('zero baseline: no percent, with a reason; direction still decides', () => {
    const result = computeImprovement(before('CERTIFIED_SYSTEMS', 'hệ thống', 0), after('CERTIFIED_SYSTEMS', 'hệ thống', 2), 'higher-is-better');
    expect(result.absoluteChange).toBe(2);
    expect(result.percentChange).toBeNull();
    expect(result.percentChangeNote?.vi).toContain('giá trị ban đầu bằng 0');
    expect(result.percentChangeNote?.en).toContain('baseline is 0');
    expect(result.improved).toBe(true);
    const complaints = computeImprovement(before('CUSTOMER_COMPLAINTS', 'khiếu nại/kỳ', 0), after('CUSTOMER_COMPLAINTS', 'khiếu nại/kỳ', 3), 'lower-is-better');
    expect(complaints.improved).toBe(false);
    expect(complaints.percentChange).toBeNull();
  });

  it('unchanged values: improved is null', () => {
    const result = computeImprovement(before('DEFECT_RATE', '%', 2.5), after('DEFECT_RATE', '%', 2.5), 'lower-is-better');
    expect(result).toMatchObject({ absoluteChange: 0, percentChange: 0, improved: null });
    const zeros = computeImprovement(before('CUSTOMER_COMPLAINTS', 'khiếu nại/kỳ', 0), after('CUSTOMER_COMPLAINTS', 'khiếu nại/kỳ', 0), 'lower-is-better');
    expect(zeros).toMatchObject({ absoluteChange: 0, percentChange: null, improved: null });
  });

  it('uses |baseline| so the sign of the percent follows the change', () => {
    const result = computeImprovement(before('PROFIT', 'VND', -100), after('PROFIT', 'VND', -50), 'higher-is-better');
    expect(result.absoluteChange).toBe(50);
    expect(result.percentChange).toBe(50);
    expect(result.improved).toBe(true);
  });

  it('rejects different units, naming both', () => {
    const call = () =>
      computeImprovement(
        before('LABOUR_PRODUCTIVITY', 'VND/người/năm', 120_000_000),
        after('LABOUR_PRODUCTIVITY', 'triệu VND/người/năm', 150),
        'higher-is-better',
      );
    expect(call).toThrow(DomainError);
    expect(call).toThrow(
      expect.objectContaining({
        code: 'UNIT_MISMATCH',
        field: 'after.unit',
        text: {
          vi: 'Không so sánh được chỉ tiêu "LABOUR_PRODUCTIVITY": số liệu ban đầu tính bằng "VND/người/năm" còn số liệu sau tính bằng "triệu VND/người/năm". Hãy quy đổi về cùng một đơn vị.',
          en: 'Cannot compare indicator "LABOUR_PRODUCTIVITY": the baseline is in "VND/người/năm" but the after figure is in "triệu VND/người/năm". Convert both to the same unit.',
        },
      }),
    );
  });

  it('treats spacing around "/" as the same unit but case as different', () => {
    expect(computeImprovement(before('X', 'VND / người / năm', 1), after('X', ' VND/người/năm ', 2), 'higher-is-better').unit).toBe('VND/người/năm');
    expect(() => computeImprovement(before('E', 'MWh', 1), after('E', 'mWh', 2), 'lower-is-better')).toThrow(expect.objectContaining({ code: 'UNIT_MISMATCH' }));
  });

  it('rejects different indicators', () => {
    expect(() => computeImprovement(before('DEFECT_RATE', '%', 2), after('ON_TIME_DELIVERY', '%', 95), 'lower-is-better')).toThrow(
      expect.objectContaining({ code: 'UNIT_MISMATCH', field: 'after.indicator', text: expect.objectContaining({ vi: expect.stringContaining('"DEFECT_RATE"') }) }),
    );
  });

  it('rejects invalid input', () => {
    expect(() => computeImprovement(before('X', 'u', NaN), after('X', 'u', 1), 'higher-is-better')).toThrow(expect.objectContaining({ code: 'MEASUREMENT_INVALID', field: 'baseline.value' }));
    expect(() => computeImprovement(before('X', ' ', 1), after('X', 'u', 1), 'higher-is-better')).toThrow(expect.objectContaining({ field: 'baseline.unit' }));
    expect(() => computeImprovement(before('X', 'u', 1), measure('X', 'u', 2, '2024-02-30'), 'higher-is-better')).toThrow(expect.objectContaining({ field: 'after.date' }));
    expect(() => computeImprovement(before('X', 'u', 1), measure('X', 'u', 2, '2023-01-01'), 'higher-is-better')).toThrow(expect.objectContaining({ code: 'MEASUREMENT_DATE_ORDER' }));
    expect(() => computeImprovement(before('X', 'u', 1), after('X', 'u', 2), 'up' as never)).toThrow(expect.objectContaining({ code: 'DIRECTION_INVALID', field: 'direction' }));
  });
});

describe('TYPICAL_INDICATORS', () => {
  it('covers the figures of process.md §B with units and directions', () => {
    expect(TYPICAL_INDICATORS.map((i) => [i.code, i.unit, i.direction])).toEqual([
      ['LABOUR_PRODUCTIVITY', 'VND/người/năm', 'higher-is-better'],
      ['OUTPUT_PER_LABOUR_HOUR', 'sản phẩm/giờ công', 'higher-is-better'],
      ['DEFECT_RATE', '%', 'lower-is-better'],
      ['ON_TIME_DELIVERY', '%', 'higher-is-better'],
      ['ENERGY_PER_UNIT', 'kWh/sản phẩm', 'lower-is-better'],
      ['CUSTOMER_COMPLAINTS', 'khiếu nại/kỳ', 'lower-is-better'],
      ['CERTIFIED_SYSTEMS', 'hệ thống', 'higher-is-better'],
    ]);
    expect(TYPICAL_INDICATORS.every((i) => i.name.vi !== '' && i.name.en !== '')).toBe(true);
    expect(findIndicator('DEFECT_RATE')?.name.vi).toBe('Tỷ lệ sản phẩm lỗi, phải làm lại');
    expect(findIndicator('NOPE')).toBeUndefined();
  });
});
