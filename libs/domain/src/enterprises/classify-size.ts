import { DomainError, LocalizedText } from '../errors/domain-error';
import { assertVnd, formatVnd, Vnd } from '../money';
import { assertSector, Sector, SECTOR_LABELS } from './sector';
import { SIZE_CLASS_LABELS, SizeClass } from './size-class';
import { DECREE_80_SIZE_THRESHOLDS, SizeLimits, SizeThresholdTable } from './size-thresholds';

export interface SizeFigures {
  readonly sector: Sector;
  /** Yearly average of employees paying social insurance; may be fractional (a yearly average). */
  readonly staff: number;
  /** Total revenue of the year; at least one of revenue and capital is needed. */
  readonly revenueVnd?: Vnd;
  /** Total capital of the year. */
  readonly capitalVnd?: Vnd;
}

/**
 * What settled the class. For an SME class: the financial figure(s) within the limit (staff is
 * always within it). For 'large': 'staff' when staff is above the medium limit, otherwise
 * 'revenue-and-capital' (every given financial figure is above the medium limits).
 */
export type SizeCriterion = 'revenue' | 'capital' | 'revenue-and-capital' | 'staff';

export interface SizeClassification {
  readonly sizeClass: SizeClass;
  readonly label: LocalizedText;
  readonly decidedBy: SizeCriterion;
  /** The limits of the class found, or of 'medium' when the enterprise is large. */
  readonly limits: SizeLimits;
  readonly explanation: LocalizedText;
}

const LEGAL_BASIS: LocalizedText = { vi: 'Nghị định 80/2021/NĐ-CP, Điều 5', en: 'Decree 80/2021/NĐ-CP, Art. 5' };

/**
 * Size class under Decree 80/2021/NĐ-CP Art. 5: a class applies when staff ≤ its limit AND
 * (revenue ≤ its limit OR capital ≤ its limit); the smallest class that applies wins; when none
 * does, the enterprise is large (not an SME).
 */
export function classifyEnterpriseSize(figures: SizeFigures, table: SizeThresholdTable = DECREE_80_SIZE_THRESHOLDS): SizeClassification {
  const { sector, staff, revenueVnd, capitalVnd } = figures;
  assertSector(sector, 'sector');
  if (typeof staff !== 'number' || !Number.isFinite(staff) || staff < 0) {
    throw new DomainError(
      'STAFF_INVALID',
      {
        vi: `Số lao động tham gia bảo hiểm xã hội bình quân năm "${String(staff)}" không hợp lệ: phải là số không âm.`,
        en: `The yearly average number of employees paying social insurance "${String(staff)}" is invalid: it must be a non-negative number.`,
      },
      'staff',
    );
  }
  if (revenueVnd === undefined && capitalVnd === undefined) {
    throw new DomainError(
      'SIZE_FINANCIALS_MISSING',
      {
        vi: 'Cần ít nhất một trong hai số liệu: tổng doanh thu của năm hoặc tổng nguồn vốn của năm.',
        en: 'At least one figure is needed: total revenue of the year or total capital of the year.',
      },
      'revenueVnd',
    );
  }
  if (revenueVnd !== undefined) assertVnd(revenueVnd, 'revenueVnd');
  if (capitalVnd !== undefined) assertVnd(capitalVnd, 'capitalVnd');

  const classes = table[sector];
  if (classes.length === 0) throw new RangeError(`The size threshold table has no classes for "${sector}"`);
  for (const limits of classes) {
    const revenueWithin = revenueVnd !== undefined && revenueVnd <= limits.maxRevenueVnd;
    const capitalWithin = capitalVnd !== undefined && capitalVnd <= limits.maxCapitalVnd;
    if (staff <= limits.maxStaff && (revenueWithin || capitalWithin)) {
      const decidedBy: SizeCriterion = revenueWithin && capitalWithin ? 'revenue-and-capital' : revenueWithin ? 'revenue' : 'capital';
      return {
        sizeClass: limits.sizeClass,
        label: SIZE_CLASS_LABELS[limits.sizeClass],
        decidedBy,
        limits,
        explanation: explainSme(figures, limits, decidedBy),
      };
    }
  }
  const medium = classes[classes.length - 1];
  const decidedBy: SizeCriterion = staff > medium.maxStaff ? 'staff' : 'revenue-and-capital';
  return { sizeClass: 'large', label: SIZE_CLASS_LABELS.large, decidedBy, limits: medium, explanation: explainLarge(figures, medium, decidedBy) };
}

function staffText(staff: number): LocalizedText {
  // Vietnamese writes the decimal separator as a comma.
  return { vi: String(staff).replace('.', ','), en: String(staff) };
}

function explainSme(figures: SizeFigures, limits: SizeLimits, decidedBy: SizeCriterion): LocalizedText {
  const label = SIZE_CLASS_LABELS[limits.sizeClass];
  const sector = SECTOR_LABELS[figures.sector];
  const staff = staffText(figures.staff);
  const vi: string[] = [`lao động ${staff.vi} ≤ ${limits.maxStaff}`];
  const en: string[] = [`staff ${staff.en} ≤ ${limits.maxStaff}`];
  if (decidedBy !== 'capital' && figures.revenueVnd !== undefined) {
    vi.push(`doanh thu ${formatVnd(figures.revenueVnd)} ≤ ${formatVnd(limits.maxRevenueVnd)}`);
    en.push(`revenue ${formatVnd(figures.revenueVnd)} ≤ ${formatVnd(limits.maxRevenueVnd)}`);
  }
  if (decidedBy !== 'revenue' && figures.capitalVnd !== undefined) {
    vi.push(`nguồn vốn ${formatVnd(figures.capitalVnd)} ≤ ${formatVnd(limits.maxCapitalVnd)}`);
    en.push(`capital ${formatVnd(figures.capitalVnd)} ≤ ${formatVnd(limits.maxCapitalVnd)}`);
  }
  return {
    vi: `Doanh nghiệp ${label.vi} (lĩnh vực ${sector.vi.toLowerCase()}): ${vi.join('; ')} (${LEGAL_BASIS.vi}).`,
    en: `A ${label.en} enterprise (${sector.en.toLowerCase()}): ${en.join('; ')} (${LEGAL_BASIS.en}).`,
  };
}

function explainLarge(figures: SizeFigures, medium: SizeLimits, decidedBy: SizeCriterion): LocalizedText {
  const sector = SECTOR_LABELS[figures.sector];
  const staff = staffText(figures.staff);
  if (decidedBy === 'staff') {
    return {
      vi: `Doanh nghiệp lớn, không thuộc doanh nghiệp nhỏ và vừa (lĩnh vực ${sector.vi.toLowerCase()}): lao động ${staff.vi} > ${medium.maxStaff}, mức tối đa của doanh nghiệp vừa (${LEGAL_BASIS.vi}).`,
      en: `A large enterprise, not an SME (${sector.en.toLowerCase()}): staff ${staff.en} > ${medium.maxStaff}, the medium-size limit (${LEGAL_BASIS.en}).`,
    };
  }
  const vi: string[] = [];
  const en: string[] = [];
  if (figures.revenueVnd !== undefined) {
    vi.push(`doanh thu ${formatVnd(figures.revenueVnd)} > ${formatVnd(medium.maxRevenueVnd)}`);
    en.push(`revenue ${formatVnd(figures.revenueVnd)} > ${formatVnd(medium.maxRevenueVnd)}`);
  }
  if (figures.capitalVnd !== undefined) {
    vi.push(`nguồn vốn ${formatVnd(figures.capitalVnd)} > ${formatVnd(medium.maxCapitalVnd)}`);
    en.push(`capital ${formatVnd(figures.capitalVnd)} > ${formatVnd(medium.maxCapitalVnd)}`);
  }
  return {
    vi: `Doanh nghiệp lớn, không thuộc doanh nghiệp nhỏ và vừa (lĩnh vực ${sector.vi.toLowerCase()}): ${vi.join(' và ')}, vượt mức của doanh nghiệp vừa (${LEGAL_BASIS.vi}).`,
    en: `A large enterprise, not an SME (${sector.en.toLowerCase()}): ${en.join(' and ')}, above the medium-size limits (${LEGAL_BASIS.en}).`,
  };
}
