import { DomainError } from '../errors/domain-error';
import { isCatalogueKind, type CatalogueItem } from './catalogue-item';

function invalid(item: CatalogueItem, vi: string, en: string): DomainError {
  return new DomainError('CATALOGUE_INVALID', { vi: `Mục "${item.kind}/${item.code}": ${vi}`, en: `Item "${item.kind}/${item.code}": ${en}` }, 'catalogue');
}

/** Known kind, non-empty code unique within its kind, both names (and description, if any). */
export function validateCatalogue(items: readonly CatalogueItem[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (!isCatalogueKind(item.kind)) throw invalid(item, 'loại danh mục không hợp lệ', 'unknown catalogue kind');
    if (!/^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/.test(item.code)) throw invalid(item, 'mã không hợp lệ', 'invalid code');
    const key = `${item.kind}/${item.code}`;
    if (seen.has(key)) throw invalid(item, 'mã bị trùng trong danh mục', 'duplicate code within its kind');
    seen.add(key);
    if (!item.name.vi.trim() || !item.name.en.trim()) throw invalid(item, 'thiếu tên tiếng Việt hoặc tiếng Anh', 'missing Vietnamese or English name');
    if (item.description && (!item.description.vi.trim() || !item.description.en.trim())) {
      throw invalid(item, 'thiếu mô tả tiếng Việt hoặc tiếng Anh', 'missing Vietnamese or English description');
    }
  }
}
