import { BAC_KAN_1852_2020 } from './bac-kan-1852-2020.seed';
import { HUNG_YEN_2021 } from './hung-yen-2021.seed';
import type { ProgrammePlan } from './programme-plan';
import { THANH_HOA_159_2021 } from './thanh-hoa-159-2021.seed';
import { THUA_THIEN_HUE_149_2021 } from './thua-thien-hue-149-2021.seed';
import { TIEN_GIANG_224_2021 } from './tien-giang-224-2021.seed';

/** The five provincial plans the product starts from (organisation.md). */
export const PROGRAMME_PLANS: readonly ProgrammePlan[] = [THANH_HOA_159_2021, HUNG_YEN_2021, BAC_KAN_1852_2020, THUA_THIEN_HUE_149_2021, TIEN_GIANG_224_2021];
