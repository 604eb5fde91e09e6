import { DomainError } from '../errors/domain-error';
import type { AdministrativeUnit } from './administrative-unit';

/** The unit with this code, whatever its validity; unknown codes are an error. */
export function findUnit(units: readonly AdministrativeUnit[], code: string): AdministrativeUnit {
  const unit = units.find((candidate) => candidate.code === code);
  if (!unit) {
    throw new DomainError(
      'ADMINISTRATIVE_UNIT_UNKNOWN',
      { vi: `Không có đơn vị hành chính mã "${code}"`, en: `No administrative unit with code "${code}"` },
      'provinceCode',
    );
  }
  return unit;
}
