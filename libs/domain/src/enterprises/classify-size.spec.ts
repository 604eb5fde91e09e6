import { DomainError } from '../errors/domain-error';
import { toVnd, Vnd } from '../money';
import { classifyEnterpriseSize, SizeFigures } from './classify-size';
import { Sector } from './sector';
import { SizeClass } from './size-class';
import { DECREE_80_SIZE_THRESHOLDS } from './size-thresholds';

const BN = 1_000_000_000;
const vnd = (value: number): Vnd => toVnd(value, 'test');
const classOf = (figures: SizeFigures): SizeClass => classifyEnterpriseSize(figures).sizeClass;

/** Revenue-only and capital-only figures, so each criterion is tested on its own. */
const byRevenue = (sector: Sector, staff: number, revenue: number): SizeFigures => ({ sector, staff, revenueVnd: vnd(revenue) });
const byCapital = (sector: Sector, staff: number, capital: number): SizeFigures => ({ sector, staff, capitalVnd: vnd(capital) });

describe('DECREE_80_SIZE_THRESHOLDS', () => {
  it('holds Decree 80/2021 Art. 5 in integer đồng', () => {
    expect(DECREE_80_SIZE_THRESHOLDS['industry-construction']).toEqual([
      { sizeClass: 'micro', maxStaff: 10, maxRevenueVnd: 3_000_000_000, maxCapitalVnd: 3_000_000_000 },
      { sizeClass: 'small', maxStaff: 100, maxRevenueVnd: 50_000_000_000, maxCapitalVnd: 20_000_000_000 },
      { sizeClass: 'medium', maxStaff: 200, maxRevenueVnd: 200_000_000_000, maxCapitalVnd: 100_000_000_000 },
    ]);
    expect(DECREE_80_SIZE_THRESHOLDS['agriculture-forestry-fishery']).toEqual(DECREE_80_SIZE_THRESHOLDS['industry-construction']);
    expect(DECREE_80_SIZE_THRESHOLDS['trade-services']).toEqual([
      { sizeClass: 'micro', maxStaff: 10, maxRevenueVnd: 10_000_000_000, maxCapitalVnd: 3_000_000_000 },
      { sizeClass: 'small', maxStaff: 50, maxRevenueVnd: 100_000_000_000, maxCapitalVnd: 50_000_000_000 },
      { sizeClass: 'medium', maxStaff: 100, maxRevenueVnd: 300_000_000_000, maxCapitalVnd: 100_000_000_000 },
    ]);
  });
});

describe.each<Sector>(['industry-construction', 'agriculture-forestry-fishery'])('classifyEnterpriseSize — %s', (sector) => {
  it.each<[number, SizeClass]>([
    [0, 'micro'],
    [10, 'micro'],
    [11, 'small'],
    [100, 'small'],
    [101, 'medium'],
    [200, 'medium'],
    [201, 'large'],
    [10.5, 'small'],
  ])('staff %p with tiny revenue → %s', (staff, expected) => {
    expect(classOf(byRevenue(sector, staff, 0))).toBe(expected);
  });

  it.each<[number, SizeClass]>([
    [3 * BN, 'micro'],
    [3 * BN + 1, 'small'],
    [50 * BN, 'small'],
    [50 * BN + 1, 'medium'],
    [200 * BN, 'medium'],
    [200 * BN + 1, 'large'],
  ])('revenue %p alone, staff 0 → %s', (revenue, expected) => {
    expect(classOf(byRevenue(sector, 0, revenue))).toBe(expected);
  });

  it.each<[number, SizeClass]>([
    [3 * BN, 'micro'],
    [3 * BN + 1, 'small'],
    [20 * BN, 'small'],
    [20 * BN + 1, 'medium'],
    [100 * BN, 'medium'],
    [100 * BN + 1, 'large'],
  ])('capital %p alone, staff 0 → %s', (capital, expected) => {
    expect(classOf(byCapital(sector, 0, capital))).toBe(expected);
  });
});

describe('classifyEnterpriseSize — trade-services', () => {
  const sector: Sector = 'trade-services';

  it.each<[number, SizeClass]>([
    [10, 'micro'],
    [11, 'small'],
    [50, 'small'],
    [51, 'medium'],
    [100, 'medium'],
    [101, 'large'],
  ])('staff %p with tiny revenue → %s', (staff, expected) => {
    expect(classOf(byRevenue(sector, staff, 0))).toBe(expected);
  });

  it.each<[number, SizeClass]>([
    [10 * BN, 'micro'],
    [10 * BN + 1, 'small'],
    [100 * BN, 'small'],
    [100 * BN + 1, 'medium'],
    [300 * BN, 'medium'],
    [300 * BN + 1, 'large'],
  ])('revenue %p alone, staff 0 → %s', (revenue, expected) => {
    expect(classOf(byRevenue(sector, 0, revenue))).toBe(expected);
  });

  it.each<[number, SizeClass]>([
    [3 * BN, 'micro'],
    [3 * BN + 1, 'small'],
    [50 * BN, 'small'],
    [50 * BN + 1, 'medium'],
    [100 * BN, 'medium'],
    [100 * BN + 1, 'large'],
  ])('capital %p alone, staff 0 → %s', (capital, expected) => {
    expect(classOf(byCapital(sector, 0, capital))).toBe(expected);
  });

  it('uses its own limits: the same figures can give another class than in industry', () => {
    const figures = { staff: 60, revenueVnd: vnd(80 * BN) };
    expect(classOf({ sector: 'trade-services', ...figures })).toBe('medium');
    expect(classOf({ sector: 'industry-construction', ...figures })).toBe('medium');
    expect(classOf({ sector: 'trade-services', staff: 60, revenueVnd: vnd(40 * BN) })).toBe('medium');
    expect(classOf({ sector: 'industry-construction', staff: 60, revenueVnd: vnd(40 * BN) })).toBe('small');
  });
});

describe('classifyEnterpriseSize — revenue OR capital', () => {
  it('revenue within the limit is enough when capital is above it', () => {
    const result = classifyEnterpriseSize({ sector: 'industry-construction', staff: 8, revenueVnd: vnd(3 * BN), capitalVnd: vnd(3 * BN + 1) });
    expect(result.sizeClass).toBe('micro');
    expect(result.decidedBy).toBe('revenue');
  });

  it('capital within the limit is enough when revenue is above it', () => {
    const result = classifyEnterpriseSize({ sector: 'industry-construction', staff: 8, revenueVnd: vnd(3 * BN + 1), capitalVnd: vnd(3 * BN) });
    expect(result.sizeClass).toBe('micro');
    expect(result.decidedBy).toBe('capital');
  });

  it('both within → revenue-and-capital', () => {
    const result = classifyEnterpriseSize({ sector: 'trade-services', staff: 40, revenueVnd: vnd(90 * BN), capitalVnd: vnd(45 * BN) });
    expect(result.sizeClass).toBe('small');
    expect(result.decidedBy).toBe('revenue-and-capital');
  });

  it('both above a class limit moves to the next class', () => {
    expect(classOf({ sector: 'industry-construction', staff: 8, revenueVnd: vnd(3 * BN + 1), capitalVnd: vnd(3 * BN + 1) })).toBe('small');
    expect(classOf({ sector: 'industry-construction', staff: 8, revenueVnd: vnd(50 * BN + 1), capitalVnd: vnd(20 * BN + 1) })).toBe('medium');
  });

  it('a small staff does not help when both financial figures are above the medium limits', () => {
    const result = classifyEnterpriseSize({ sector: 'industry-construction', staff: 5, revenueVnd: vnd(250 * BN), capitalVnd: vnd(150 * BN) });
    expect(result.sizeClass).toBe('large');
    expect(result.decidedBy).toBe('revenue-and-capital');
    expect(result.explanation.vi).toContain('doanh thu 250.000.000.000 ₫ > 200.000.000.000 ₫ và nguồn vốn 150.000.000.000 ₫ > 100.000.000.000 ₫');
  });

  it('low revenue does not help when staff is above the limit', () => {
    const result = classifyEnterpriseSize({ sector: 'industry-construction', staff: 11, revenueVnd: vnd(1 * BN), capitalVnd: vnd(1 * BN) });
    expect(result.sizeClass).toBe('small');
    expect(result.decidedBy).toBe('revenue-and-capital');
    const large = classifyEnterpriseSize({ sector: 'trade-services', staff: 150, revenueVnd: vnd(1 * BN) });
    expect(large.sizeClass).toBe('large');
    expect(large.decidedBy).toBe('staff');
    expect(large.limits.sizeClass).toBe('medium');
  });
});

describe('classifyEnterpriseSize — explanation and errors', () => {
  it('explains the class in Vietnamese first, with grouped amounts', () => {
    const result = classifyEnterpriseSize({ sector: 'industry-construction', staff: 45, revenueVnd: vnd(40 * BN), capitalVnd: vnd(25 * BN) });
    expect(result.sizeClass).toBe('small');
    expect(result.label).toEqual({ vi: 'nhỏ', en: 'small' });
    expect(result.decidedBy).toBe('revenue');
    expect(result.explanation.vi).toBe(
      'Doanh nghiệp nhỏ (lĩnh vực công nghiệp và xây dựng): lao động 45 ≤ 100; doanh thu 40.000.000.000 ₫ ≤ 50.000.000.000 ₫ (Nghị định 80/2021/NĐ-CP, Điều 5).',
    );
    expect(result.explanation.en).toBe(
      'A small enterprise (industry and construction): staff 45 ≤ 100; revenue 40.000.000.000 ₫ ≤ 50.000.000.000 ₫ (Decree 80/2021/NĐ-CP, Art. 5).',
    );
  });

  it('writes a fractional yearly average with a decimal comma in Vietnamese', () => {
    const result = classifyEnterpriseSize({ sector: 'trade-services', staff: 9.5, capitalVnd: vnd(2 * BN) });
    expect(result.explanation.vi).toContain('lao động 9,5 ≤ 10');
    expect(result.explanation.en).toContain('staff 9.5 ≤ 10');
  });

  it('labels a large enterprise "lớn"', () => {
    const result = classifyEnterpriseSize({ sector: 'industry-construction', staff: 500, revenueVnd: vnd(1_000 * BN) });
    expect(result.label.vi).toBe('lớn');
    expect(result.explanation.vi).toContain('lao động 500 > 200');
  });

  it.each([
    [{ sector: 'industry-construction', staff: -1, revenueVnd: 0 }, 'STAFF_INVALID', 'staff'],
    [{ sector: 'industry-construction', staff: NaN, revenueVnd: 0 }, 'STAFF_INVALID', 'staff'],
    [{ sector: 'industry-construction', staff: 5 }, 'SIZE_FINANCIALS_MISSING', 'revenueVnd'],
    [{ sector: 'industry-construction', staff: 5, revenueVnd: -1 }, 'VND_INVALID', 'revenueVnd'],
    [{ sector: 'industry-construction', staff: 5, capitalVnd: 1.5 }, 'VND_INVALID', 'capitalVnd'],
    [{ sector: 'mining', staff: 5, revenueVnd: 0 }, 'SECTOR_UNKNOWN', 'sector'],
  ])('rejects %p with %s', (figures, code, field) => {
    expect(() => classifyEnterpriseSize(figures as unknown as SizeFigures)).toThrow(DomainError);
    expect(() => classifyEnterpriseSize(figures as unknown as SizeFigures)).toThrow(expect.objectContaining({ code, field }));
  });
});
