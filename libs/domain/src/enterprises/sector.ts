import { DomainError, LocalizedText } from '../errors/domain-error';

/** The sector groups of Decree 80/2021/NĐ-CP Art. 5, which set different size thresholds. */
export type Sector = 'agriculture-forestry-fishery' | 'industry-construction' | 'trade-services';

export const SECTORS: readonly Sector[] = ['agriculture-forestry-fishery', 'industry-construction', 'trade-services'];

export const SECTOR_LABELS: Readonly<Record<Sector, LocalizedText>> = {
  'agriculture-forestry-fishery': { vi: 'Nông nghiệp, lâm nghiệp và thủy sản', en: 'Agriculture, forestry and fishery' },
  'industry-construction': { vi: 'Công nghiệp và xây dựng', en: 'Industry and construction' },
  'trade-services': { vi: 'Thương mại và dịch vụ', en: 'Trade and services' },
};

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

export function assertSector(value: unknown, field: string): asserts value is Sector {
  if (!isSector(value)) {
    throw new DomainError(
      'SECTOR_UNKNOWN',
      {
        vi: `Lĩnh vực "${String(value)}" không có trong danh mục; chọn một trong: ${SECTORS.map((s) => SECTOR_LABELS[s].vi).join('; ')}.`,
        en: `The sector "${String(value)}" is not in the list; choose one of: ${SECTORS.map((s) => SECTOR_LABELS[s].en).join('; ')}.`,
      },
      field,
    );
  }
}
