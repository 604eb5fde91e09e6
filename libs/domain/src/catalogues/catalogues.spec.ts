import { DomainError } from '../errors/domain-error';
import { CATALOGUE_KINDS, CATALOGUE_KIND_LABELS, type CatalogueItem } from './catalogue-item';
import { catalogueItem, catalogueOf } from './catalogue-lookup';
import { CATALOGUE_ITEMS } from './catalogues.seed';
import { validateCatalogue } from './validate-catalogue';

describe('catalogue seed', () => {
  it('is valid: codes unique per kind, every item named in Vietnamese and English', () => {
    expect(() => validateCatalogue(CATALOGUE_ITEMS)).not.toThrow();
    for (const kind of CATALOGUE_KINDS) {
      const codes = catalogueOf(CATALOGUE_ITEMS, kind).map((item) => item.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes).size).toBe(codes.length);
      expect(CATALOGUE_KIND_LABELS[kind].vi).not.toBe('');
    }
    for (const item of CATALOGUE_ITEMS) {
      expect(item.name.vi.trim()).not.toBe('');
      expect(item.name.en.trim()).not.toBe('');
    }
  });

  it('has the kinds of the API and the counts of catalogues.md', () => {
    const count = (kind: (typeof CATALOGUE_KINDS)[number]) => catalogueOf(CATALOGUE_ITEMS, kind).length;
    expect(count('support-kinds')).toBe(14);
    expect(count('management-systems')).toBe(9);
    expect(count('improvement-tools')).toBe(11);
    expect(count('standards')).toBe(5);
    expect(count('measurement-contents')).toBe(9);
    expect(count('certifications')).toBe(7);
    expect(count('traceability')).toBe(2);
    expect(CATALOGUE_ITEMS).toHaveLength(57);
  });

  it('names the pilot model "Mô hình điểm" and keeps the management-system codes of the doc', () => {
    expect(catalogueItem(CATALOGUE_ITEMS, 'support-kinds', 'pilot-model').name.vi).toBe('Mô hình điểm');
    expect(catalogueOf(CATALOGUE_ITEMS, 'management-systems').map((item) => item.code)).toEqual([
      'ISO_9001',
      'ISO_14001',
      'ISO_22000',
      'HACCP',
      'ISO_45001',
      'ISO_50001',
      'ISO_17025',
      'ISO_56002',
      'GMP',
    ]);
  });
});

describe('catalogue lookup', () => {
  const retired: CatalogueItem = { kind: 'standards', code: 'old', name: { vi: 'Cũ', en: 'Old' }, active: false };
  const items = [...CATALOGUE_ITEMS, retired];

  it('hides inactive items unless asked', () => {
    expect(catalogueOf(items, 'standards').map((item) => item.code)).not.toContain('old');
    expect(catalogueOf(items, 'standards', { includeInactive: true }).map((item) => item.code)).toContain('old');
    expect(() => catalogueItem(items, 'standards', 'old')).toThrow(DomainError);
    expect(catalogueItem(items, 'standards', 'old', { includeInactive: true }).name.en).toBe('Old');
  });

  it('rejects an unknown code', () => {
    expect(() => catalogueItem(items, 'improvement-tools', 'ISO_9001')).toThrow(DomainError);
  });
});

describe('validateCatalogue', () => {
  const item: CatalogueItem = { kind: 'standards', code: 'x', name: { vi: 'X', en: 'X' }, active: true };
  it.each<[string, CatalogueItem[]]>([
    ['a duplicate code within a kind', [item, { ...item }]],
    ['a missing English name', [{ ...item, name: { vi: 'X', en: '' } }]],
    ['a missing Vietnamese description', [{ ...item, description: { vi: ' ', en: 'd' } }]],
    ['an unknown kind', [{ ...item, kind: 'colours' as CatalogueItem['kind'] }]],
    ['a code with spaces', [{ ...item, code: 'ISO 9001' }]],
  ])('rejects %s', (_label, list) => {
    expect(() => validateCatalogue(list)).toThrow(DomainError);
  });

  it('allows the same code in two kinds', () => {
    expect(() => validateCatalogue([item, { ...item, kind: 'traceability' }])).not.toThrow();
  });
});
