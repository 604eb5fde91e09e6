import { DomainError } from '../errors/domain-error';
import { assertSector, isSector, SECTOR_LABELS, SECTORS } from './sector';
import { isSizeClass, isSme, SIZE_CLASS_LABELS, SIZE_CLASSES } from './size-class';

describe('sectors and size classes', () => {
  it('lists the three sector groups of Decree 80 with vi/en labels', () => {
    expect(SECTORS).toEqual(['agriculture-forestry-fishery', 'industry-construction', 'trade-services']);
    expect(SECTOR_LABELS['trade-services']).toEqual({ vi: 'Thương mại và dịch vụ', en: 'Trade and services' });
    expect(isSector('industry-construction')).toBe(true);
    expect(isSector('mining')).toBe(false);
    expect(() => assertSector('mining', 'sector')).toThrow(DomainError);
  });

  it('labels size classes siêu nhỏ / nhỏ / vừa / lớn', () => {
    expect(SIZE_CLASSES.map((c) => SIZE_CLASS_LABELS[c].vi)).toEqual(['siêu nhỏ', 'nhỏ', 'vừa', 'lớn']);
    expect(isSme('medium')).toBe(true);
    expect(isSme('large')).toBe(false);
    expect(isSizeClass('small')).toBe(true);
    expect(isSizeClass('tiny')).toBe(false);
  });
});
