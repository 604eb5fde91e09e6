import type { AdministrativeUnit } from './administrative-unit';
import { HISTORICAL_PROVINCES } from './historical-provinces.seed';
import { PROVINCES } from './provinces.seed';

/** Every seeded unit, current and historical: 34 + 30 provinces. */
export const ADMINISTRATIVE_UNITS: readonly AdministrativeUnit[] = [...PROVINCES, ...HISTORICAL_PROVINCES];
