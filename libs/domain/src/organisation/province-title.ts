import type { LocalizedText } from '../errors/domain-error';
import type { AdministrativeUnit } from './administrative-unit';

/** The name as written in titles: "tỉnh Thanh Hóa" / "Thanh Hoa Province", "thành phố Huế" / "Hue City". */
export function provinceTitle(unit: AdministrativeUnit): LocalizedText {
  return unit.centrallyGovernedCity
    ? { vi: `thành phố ${unit.name.vi}`, en: `${unit.name.en} City` }
    : { vi: `tỉnh ${unit.name.vi}`, en: `${unit.name.en} Province` };
}
