import { DomainError } from '../errors/domain-error';
import type { CatalogueItem, CatalogueKind } from './catalogue-item';

/** The items of one kind, in list order; inactive ones only when asked (admin screens). */
export function catalogueOf(items: readonly CatalogueItem[], kind: CatalogueKind, options: { includeInactive?: boolean } = {}): CatalogueItem[] {
  return items.filter((item) => item.kind === kind && (item.active || options.includeInactive === true));
}

/**
 * The active item an enterprise picked; an unknown or switched-off code is invalid input.
 * (Records that already hold a retired code read it with `includeInactive`.)
 */
export function catalogueItem(items: readonly CatalogueItem[], kind: CatalogueKind, code: string, options: { includeInactive?: boolean } = {}): CatalogueItem {
  const item = catalogueOf(items, kind, options).find((candidate) => candidate.code === code);
  if (!item) {
    throw new DomainError(
      'CATALOGUE_ITEM_UNKNOWN',
      { vi: `Không có mục "${code}" trong danh mục ${kind}`, en: `No item "${code}" in catalogue ${kind}` },
      kind,
    );
  }
  return item;
}
