import type { CatalogueItem } from './catalogue-item';

/** Productivity and quality improvement tools (công cụ cải tiến năng suất chất lượng). */
export const IMPROVEMENT_TOOLS: readonly CatalogueItem[] = [
  {
    kind: 'improvement-tools',
    code: '5s',
    name: { vi: '5S (Sàng lọc – Sắp xếp – Sạch sẽ – Săn sóc – Sẵn sàng)', en: '5S (Sort – Set in order – Shine – Standardise – Sustain)' },
    active: true,
  },
  { kind: 'improvement-tools', code: 'kaizen', name: { vi: 'Kaizen (cải tiến liên tục)', en: 'Kaizen (continuous improvement)' }, active: true },
  { kind: 'improvement-tools', code: 'tpm', name: { vi: 'TPM (duy trì năng suất tổng thể)', en: 'TPM (total productive maintenance)' }, active: true },
  { kind: 'improvement-tools', code: 'lean', name: { vi: 'Lean (sản xuất tinh gọn)', en: 'Lean (lean manufacturing)' }, active: true },
  { kind: 'improvement-tools', code: 'six-sigma', name: { vi: 'Six Sigma', en: 'Six Sigma' }, active: true },
  { kind: 'improvement-tools', code: 'lean-six-sigma', name: { vi: 'Lean Six Sigma', en: 'Lean Six Sigma' }, active: true },
  { kind: 'improvement-tools', code: '7-qc-tools', name: { vi: '7 công cụ thống kê (7 QC tools)', en: 'Seven basic quality tools (7 QC tools)' }, active: true },
  { kind: 'improvement-tools', code: 'kpi', name: { vi: 'KPI (chỉ số đo lường hiệu suất)', en: 'KPI (key performance indicators)' }, active: true },
  { kind: 'improvement-tools', code: 'bsc', name: { vi: 'BSC (thẻ điểm cân bằng)', en: 'BSC (balanced scorecard)' }, active: true },
  { kind: 'improvement-tools', code: 'mfca', name: { vi: 'MFCA (hạch toán chi phí dòng nguyên liệu)', en: 'MFCA (material flow cost accounting)' }, active: true },
  { kind: 'improvement-tools', code: 'green-productivity', name: { vi: 'Năng suất xanh', en: 'Green productivity' }, active: true },
];
