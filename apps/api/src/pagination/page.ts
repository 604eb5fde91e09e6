import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { PageQueryDto } from './page-query.dto';

/** One page of a list: `{ items, total, page, pageSize }` (api.md). */
export interface Page<T> {
  items: T[];
  /** Every item matching the filters, across all pages. */
  total: number;
  page: number;
  pageSize: number;
}

/** The rows to fetch for the requested page. */
export function pageWindow(query: PageQueryDto): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

export function pageOf<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

const pageTypes = new Map<Type<unknown>, Type<Page<unknown>>>();

/**
 * The OpenAPI type of a page of `item`, for `@ApiOkResponse({ type: PageOf(ItemView) })`.
 * One class per item type, named `PageOf<Item>` in the document.
 */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  const known = pageTypes.get(item);
  if (known) return known as Type<Page<T>>;

  class PageOfItem implements Page<T> {
    @ApiProperty({ type: () => [item] })
    items!: T[];

    @ApiProperty({ description: 'Tổng số mục khớp bộ lọc · items matching the filters', example: 42 })
    total!: number;

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 20 })
    pageSize!: number;
  }
  Object.defineProperty(PageOfItem, 'name', { value: `PageOf${item.name}` });
  pageTypes.set(item, PageOfItem);
  return PageOfItem;
}
