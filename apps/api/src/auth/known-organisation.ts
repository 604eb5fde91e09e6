import type { LocalizedText } from '../../../../libs/domain/src/errors/domain-error';
import { ADMINISTRATIVE_UNITS } from '../../../../libs/domain/src/organisation/administrative-units.seed';
import type { Department } from '../../../../libs/domain/src/organisation/department';
import { departmentsForProvince } from '../../../../libs/domain/src/organisation/departments-for-province';
import { isInForce } from '../../../../libs/domain/src/organisation/unit-in-force';

/**
 * Province and department codes checked against the domain's seed lists (what every instance
 * starts with). When administrators may add departments, read the reference tables instead.
 */
export interface KnownProvince {
  readonly code: string;
  readonly name: LocalizedText;
}

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A provincial unit in force today, or undefined (unknown code, a commune, or a merged-away province). */
export function currentProvince(code: string, now: Date = new Date()): KnownProvince | undefined {
  const unit = ADMINISTRATIVE_UNITS.find((candidate) => candidate.code === code);
  if (!unit || unit.level !== 'province' || !isInForce(unit, todayInVietnam(now))) return undefined;
  return { code: unit.code, name: unit.name };
}

/** A department of a current province by its code `<province>/<slug>`, or undefined. */
export function knownDepartment(code: string, now: Date = new Date()): Department | undefined {
  const provinceCode = code.split('/')[0];
  if (!currentProvince(provinceCode, now)) return undefined;
  return departmentsForProvince(provinceCode).find((department) => department.code === code);
}
