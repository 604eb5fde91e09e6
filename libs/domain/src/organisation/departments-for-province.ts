import { DomainError } from '../errors/domain-error';
import type { AdministrativeUnit } from './administrative-unit';
import { ADMINISTRATIVE_UNITS } from './administrative-units.seed';
import type { Department } from './department';
import { DEPARTMENT_TEMPLATES } from './departments.seed';
import { findUnit } from './find-unit';
import { provinceTitle } from './province-title';

/** The seed department list for one province (current or historical), codes `<province>/<slug>`. */
export function departmentsForProvince(provinceCode: string, units: readonly AdministrativeUnit[] = ADMINISTRATIVE_UNITS): Department[] {
  const province = findUnit(units, provinceCode);
  if (province.level !== 'province') {
    throw new DomainError(
      'ADMINISTRATIVE_UNIT_NOT_A_PROVINCE',
      { vi: `"${provinceCode}" không phải đơn vị cấp tỉnh`, en: `"${provinceCode}" is not a provincial unit` },
      'provinceCode',
    );
  }
  const title = provinceTitle(province);
  return DEPARTMENT_TEMPLATES.map((template) => ({
    code: `${provinceCode}/${template.slug}`,
    provinceCode,
    name: template.name(title),
    kind: template.kind,
    ...(template.parentSlug !== undefined ? { parentCode: `${provinceCode}/${template.parentSlug}` } : {}),
    capabilities: [...template.capabilities],
  }));
}

