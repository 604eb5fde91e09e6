import type { AdministrativeUnit } from './administrative-unit';
import { findUnit } from './find-unit';
import { assertIsoDate, type IsoDate } from './iso-date';

/** True when `validFrom ≤ onDate ≤ validTo` (both ends inclusive). */
export function isInForce(unit: AdministrativeUnit, onDate: IsoDate): boolean {
  assertIsoDate(onDate, 'onDate');
  return unit.validFrom <= onDate && (unit.validTo === undefined || onDate <= unit.validTo);
}

/**
 * The unit with this code if it is in force on `onDate`, otherwise `undefined`
 * (use `currentSuccessor` to find who took it over). An unknown code is an error.
 */
export function unitInForce(units: readonly AdministrativeUnit[], code: string, onDate: IsoDate): AdministrativeUnit | undefined {
  const unit = findUnit(units, code);
  return isInForce(unit, onDate) ? unit : undefined;
}

/** Every unit in force on `onDate`, optionally of one level. */
export function unitsInForce(units: readonly AdministrativeUnit[], onDate: IsoDate, level?: AdministrativeUnit['level']): AdministrativeUnit[] {
  return units.filter((unit) => (level === undefined || unit.level === level) && isInForce(unit, onDate));
}
