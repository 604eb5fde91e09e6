import { isCatalogueKind, type CatalogueKind } from '../../../../libs/domain/src/catalogues/catalogue-item';
import { catalogueKindUnknown } from './reference-problems';

/** The `:kind` of a catalogue route, or a 404 problem listing the kinds there are. */
export function catalogueKindOf(kind: string): CatalogueKind {
  if (!isCatalogueKind(kind)) throw catalogueKindUnknown(kind);
  return kind;
}
