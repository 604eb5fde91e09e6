import type { CatalogueItem } from './catalogue-item';

/** Traceability carriers on products [2nd: Circular 02/2024/TT-BKHCN; TCVN 12850:2019]. */
export const TRACEABILITY: readonly CatalogueItem[] = [
  { kind: 'traceability', code: 'qr-code', name: { vi: 'Mã QR truy xuất nguồn gốc', en: 'Traceability QR code' }, active: true },
  { kind: 'traceability', code: 'gs1', name: { vi: 'Mã số, mã vạch GS1', en: 'GS1 identification and barcode' }, active: true },
];
