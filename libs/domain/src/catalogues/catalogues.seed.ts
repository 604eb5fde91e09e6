import type { CatalogueItem } from './catalogue-item';
import { CERTIFICATIONS } from './certifications.seed';
import { IMPROVEMENT_TOOLS } from './improvement-tools.seed';
import { MANAGEMENT_SYSTEMS } from './management-systems.seed';
import { MEASUREMENT_CONTENTS } from './measurement-contents.seed';
import { STANDARDS } from './standards.seed';
import { SUPPORT_KINDS } from './support-kinds.seed';
import { TRACEABILITY } from './traceability.seed';

/** Every seeded catalogue item, all kinds together. */
export const CATALOGUE_ITEMS: readonly CatalogueItem[] = [
  ...SUPPORT_KINDS,
  ...MANAGEMENT_SYSTEMS,
  ...IMPROVEMENT_TOOLS,
  ...STANDARDS,
  ...MEASUREMENT_CONTENTS,
  ...CERTIFICATIONS,
  ...TRACEABILITY,
];
