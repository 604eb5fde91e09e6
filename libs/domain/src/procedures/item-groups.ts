import type { LocalizedText } from '../errors/domain-error';

/**
 * A group of catalogues a pilot model combines (áp dụng đồng bộ): e.g. management systems or
 * improvement tools, standards, measurement assurance, technology; the selection needs at least
 * `min` items from each group.
 */
export interface ItemGroup {
  readonly code: string;
  readonly label: LocalizedText;
  /** Catalogue kinds whose items count towards the group. */
  readonly catalogues: readonly string[];
  readonly min: number;
}

/** The groups a selection falls short of, with how many items it has in each. */
export function missingItemGroups(groups: readonly ItemGroup[], items: readonly { catalogue: string }[]): { group: ItemGroup; found: number }[] {
  return groups
    .map((group) => ({ group, found: items.filter((item) => group.catalogues.includes(item.catalogue)).length }))
    .filter(({ group, found }) => found < group.min);
}
