import { toVnd, Vnd } from '../money';
import { Sector } from './sector';
import { SmeSizeClass } from './size-class';

/** Upper limits (inclusive) of one size class: staff AND (revenue OR capital). */
export interface SizeLimits {
  readonly sizeClass: SmeSizeClass;
  /** Yearly average number of employees paying social insurance. */
  readonly maxStaff: number;
  /** Total revenue of the year. */
  readonly maxRevenueVnd: Vnd;
  /** Total capital (tổng nguồn vốn) of the year. */
  readonly maxCapitalVnd: Vnd;
}

/** Per sector, the SME classes smallest first. */
export type SizeThresholdTable = Readonly<Record<Sector, readonly SizeLimits[]>>;

const BILLION = 1_000_000_000;

function limits(sizeClass: SmeSizeClass, maxStaff: number, revenueBillions: number, capitalBillions: number): SizeLimits {
  return {
    sizeClass,
    maxStaff,
    maxRevenueVnd: toVnd(revenueBillions * BILLION, 'maxRevenueVnd'),
    maxCapitalVnd: toVnd(capitalBillions * BILLION, 'maxCapitalVnd'),
  };
}

// Agriculture, forestry, fishery share one column of Art. 5 with industry and construction.
const PRODUCTION: readonly SizeLimits[] = [limits('micro', 10, 3, 3), limits('small', 100, 50, 20), limits('medium', 200, 200, 100)];

const TRADE_SERVICES: readonly SizeLimits[] = [limits('micro', 10, 10, 3), limits('small', 50, 100, 50), limits('medium', 100, 300, 100)];

/** Decree 80/2021/NĐ-CP Art. 5, clauses 1–3 (in force from 2021-10-15). */
export const DECREE_80_SIZE_THRESHOLDS: SizeThresholdTable = {
  'agriculture-forestry-fishery': PRODUCTION,
  'industry-construction': PRODUCTION,
  'trade-services': TRADE_SERVICES,
};
