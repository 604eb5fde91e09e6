import { DomainError, type LocalizedText } from '../errors/domain-error';

export const TASK_TYPES = ['du-an', 'de-tai'] as const;
/** dự án = project; đề tài = applied R&D topic. Each is scored on its own criteria. */
export type TaskType = (typeof TASK_TYPES)[number];
export const TASK_TYPE_LABELS: Readonly<Record<TaskType, LocalizedText>> = {
  'du-an': { vi: 'Dự án', en: 'Project' },
  'de-tai': { vi: 'Đề tài', en: 'Applied R&D topic' },
};

/** A criterion a selection-council member scores from 0 up to its weight. */
export interface ScoreCriterion {
  readonly id: string;
  readonly weight: number;
  readonly label: LocalizedText;
}

export type ScoreWeights = readonly ScoreCriterion[];

export const PROJECT_SCORE_WEIGHTS: ScoreWeights = [
  { id: 'overview', weight: 8, label: { vi: 'Tổng quan', en: 'Overview' } },
  { id: 'content', weight: 20, label: { vi: 'Nội dung', en: 'Content' } },
  { id: 'novelty-feasibility', weight: 12, label: { vi: 'Tính mới và tính khả thi', en: 'Novelty and feasibility' } },
  { id: 'socio-economic-effect', weight: 12, label: { vi: 'Hiệu quả kinh tế - xã hội', en: 'Socio-economic effect' } },
  { id: 'products', weight: 16, label: { vi: 'Sản phẩm', en: 'Products' } },
  { id: 'financial-plan', weight: 16, label: { vi: 'Phương án tài chính', en: 'Financial plan' } },
  { id: 'capacity', weight: 16, label: { vi: 'Năng lực thực hiện', en: 'Capacity' } },
];

export const TOPIC_SCORE_WEIGHTS: ScoreWeights = [
  { id: 'state-of-the-art', weight: 12, label: { vi: 'Tổng quan tình hình nghiên cứu', en: 'State of the art' } },
  { id: 'content-methods', weight: 24, label: { vi: 'Nội dung và phương pháp nghiên cứu', en: 'Content and methods' } },
  { id: 'products', weight: 16, label: { vi: 'Sản phẩm', en: 'Products' } },
  { id: 'applicability', weight: 16, label: { vi: 'Khả năng ứng dụng', en: 'Applicability' } },
  { id: 'plan-budget', weight: 16, label: { vi: 'Kế hoạch và kinh phí', en: 'Plan and budget' } },
  { id: 'capacity', weight: 16, label: { vi: 'Năng lực thực hiện', en: 'Capacity' } },
];

export const DEFAULT_SCORE_WEIGHTS: Readonly<Record<TaskType, ScoreWeights>> = {
  'du-an': PROJECT_SCORE_WEIGHTS,
  'de-tai': TOPIC_SCORE_WEIGHTS,
};

/** Weights must be positive whole points with distinct ids, adding up to the ballot's maximum. */
export function assertScoreWeights(weights: ScoreWeights, maxTotal: number, field: string): void {
  const invalid = (detail: string): DomainError =>
    new DomainError(
      'SCORE_WEIGHTS_INVALID',
      { vi: `Thang điểm không hợp lệ (${field}): ${detail}`, en: `Invalid score weights (${field}): ${detail}` },
      field,
    );
  const ids = new Set<string>();
  let sum = 0;
  for (const criterion of weights) {
    if (typeof criterion.id !== 'string' || criterion.id.length === 0 || ids.has(criterion.id)) throw invalid(`id ${criterion.id}`);
    if (!Number.isSafeInteger(criterion.weight) || criterion.weight <= 0) throw invalid(`${criterion.id}.weight`);
    ids.add(criterion.id);
    sum += criterion.weight;
  }
  if (sum !== maxTotal) throw invalid(`Σ = ${sum} ≠ ${maxTotal}`);
}
