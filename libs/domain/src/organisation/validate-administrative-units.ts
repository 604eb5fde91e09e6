import { DomainError } from '../errors/domain-error';
import type { AdministrativeUnit } from './administrative-unit';
import { ADMINISTRATIVE_LEVELS } from './administrative-unit';
import { assertIsoDate, nextDay } from './iso-date';

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

function invalid(code: string, detailVi: string, detailEn: string): DomainError {
  return new DomainError('ADMINISTRATIVE_UNITS_INVALID', { vi: `Đơn vị "${code}": ${detailVi}`, en: `Unit "${code}": ${detailEn}` }, 'units');
}

/**
 * Checks a list of units an administrator edits: slug codes, unique; real dates with
 * `validFrom ≤ validTo`; a successor only after an end, existing, and starting no later than
 * the day after the end (no gap in the chain); parents exist.
 */
export function validateAdministrativeUnits(units: readonly AdministrativeUnit[]): void {
  const byCode = new Map<string, AdministrativeUnit>();
  for (const unit of units) {
    if (!CODE.test(unit.code)) throw invalid(unit.code, 'mã phải dạng slug', 'code must be a slug');
    if (byCode.has(unit.code)) throw invalid(unit.code, 'mã bị trùng', 'duplicate code');
    byCode.set(unit.code, unit);
  }
  for (const unit of units) {
    if (!ADMINISTRATIVE_LEVELS.includes(unit.level)) throw invalid(unit.code, 'cấp không hợp lệ', 'invalid level');
    if (!unit.name.vi.trim() || !unit.name.en.trim()) throw invalid(unit.code, 'thiếu tên tiếng Việt hoặc tiếng Anh', 'missing Vietnamese or English name');
    assertIsoDate(unit.validFrom, 'validFrom');
    if (unit.validTo !== undefined) {
      assertIsoDate(unit.validTo, 'validTo');
      if (unit.validTo < unit.validFrom) throw invalid(unit.code, 'ngày kết thúc trước ngày bắt đầu', 'validTo is before validFrom');
    }
    if (unit.successorCode !== undefined) {
      const successor = byCode.get(unit.successorCode);
      if (unit.validTo === undefined) throw invalid(unit.code, 'có đơn vị kế thừa nhưng chưa kết thúc', 'has a successor but no end date');
      if (!successor) throw invalid(unit.code, `không có đơn vị kế thừa "${unit.successorCode}"`, `unknown successor "${unit.successorCode}"`);
      if (successor.validFrom > nextDay(unit.validTo)) {
        throw invalid(unit.code, 'đơn vị kế thừa bắt đầu muộn hơn ngày sau khi kết thúc', 'successor starts later than the day after the end');
      }
    }
    if (unit.parentCode !== undefined && !byCode.has(unit.parentCode)) {
      throw invalid(unit.code, `không có đơn vị cấp trên "${unit.parentCode}"`, `unknown parent "${unit.parentCode}"`);
    }
  }
}
