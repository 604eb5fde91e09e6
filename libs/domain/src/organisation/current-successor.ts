import { DomainError } from '../errors/domain-error';
import type { AdministrativeUnit } from './administrative-unit';
import { findUnit } from './find-unit';
import { assertIsoDate, type IsoDate } from './iso-date';
import { isInForce } from './unit-in-force';

/**
 * The unit in force on `onDate` that stands for `code`: the unit itself while it exists,
 * otherwise its successor, followed along the chain (Thừa Thiên Huế → Huế; Bắc Kạn → Thái Nguyên).
 * Errors when the date is before the unit existed or the chain ends without a unit in force.
 */
export function currentSuccessor(units: readonly AdministrativeUnit[], code: string, onDate: IsoDate): AdministrativeUnit {
  assertIsoDate(onDate, 'onDate');
  let unit = findUnit(units, code);
  if (onDate < unit.validFrom) {
    throw new DomainError(
      'ADMINISTRATIVE_UNIT_NOT_YET_IN_FORCE',
      { vi: `Đơn vị "${code}" chưa tồn tại vào ngày ${onDate}`, en: `Unit "${code}" did not exist yet on ${onDate}` },
      'onDate',
    );
  }
  const seen = new Set<string>();
  while (!isInForce(unit, onDate)) {
    seen.add(unit.code);
    if (unit.successorCode === undefined || seen.has(unit.successorCode)) {
      throw new DomainError(
        'ADMINISTRATIVE_UNIT_NO_SUCCESSOR',
        {
          vi: `Không tìm được đơn vị kế thừa "${code}" còn hiệu lực vào ngày ${onDate}`,
          en: `No successor of "${code}" is in force on ${onDate}`,
        },
        'onDate',
      );
    }
    unit = findUnit(units, unit.successorCode);
  }
  return unit;
}
