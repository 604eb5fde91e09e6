import type { LocalizedText } from '../errors/domain-error';
import type { IsoDate } from './iso-date';

export const ADMINISTRATIVE_LEVELS = ['province', 'district', 'commune'] as const;
export type AdministrativeLevel = (typeof ADMINISTRATIVE_LEVELS)[number];

/**
 * A province, district or commune for a period of time. Old plans name units that were merged
 * or renamed, so a unit ends (`validTo`, inclusive) and names the unit that took it over.
 */
export interface AdministrativeUnit {
  /** Stable slug, e.g. 'thanh-hoa'. */
  readonly code: string;
  /** Short name without the "tỉnh" / "thành phố" prefix, e.g. { vi: 'Thanh Hóa', en: 'Thanh Hoa' }. */
  readonly name: LocalizedText;
  readonly level: AdministrativeLevel;
  /** First day in force. */
  readonly validFrom: IsoDate;
  /** Last day in force (inclusive); absent while the unit exists. */
  readonly validTo?: IsoDate;
  /** The unit that absorbed or renamed this one from the day after `validTo`. */
  readonly successorCode?: string;
  /** The unit this one belongs to (a commune's province); absent for provinces. */
  readonly parentCode?: string;
  /** A centrally governed city (thành phố trực thuộc trung ương) rather than a province (tỉnh). */
  readonly centrallyGovernedCity?: boolean;
}
