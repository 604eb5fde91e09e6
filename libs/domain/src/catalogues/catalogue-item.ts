import type { LocalizedText } from '../errors/domain-error';

/** The lists an enterprise picks from (catalogues.md); `GET /catalogues/{kind}`. */
export const CATALOGUE_KINDS = [
  'support-kinds',
  'management-systems',
  'improvement-tools',
  'standards',
  'measurement-contents',
  'certifications',
  'traceability',
] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

export function isCatalogueKind(value: unknown): value is CatalogueKind {
  return typeof value === 'string' && (CATALOGUE_KINDS as readonly string[]).includes(value);
}

export const CATALOGUE_KIND_LABELS: Readonly<Record<CatalogueKind, LocalizedText>> = {
  'support-kinds': { vi: 'Nội dung hỗ trợ', en: 'Kinds of support' },
  'management-systems': { vi: 'Hệ thống quản lý', en: 'Management systems' },
  'improvement-tools': { vi: 'Công cụ cải tiến năng suất chất lượng', en: 'Productivity and quality improvement tools' },
  standards: { vi: 'Tiêu chuẩn, quy chuẩn', en: 'Standards and technical regulations' },
  'measurement-contents': { vi: 'Nội dung chương trình đảm bảo đo lường', en: 'Measurement assurance contents' },
  certifications: { vi: 'Chứng nhận, thực hành tốt', en: 'Certifications and good practice' },
  traceability: { vi: 'Truy xuất nguồn gốc', en: 'Traceability' },
};

/** One entry of a catalogue; an administrator edits names and switches items off. */
export interface CatalogueItem {
  readonly kind: CatalogueKind;
  /** Unique within its kind; never reused for another meaning. */
  readonly code: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly active: boolean;
}
