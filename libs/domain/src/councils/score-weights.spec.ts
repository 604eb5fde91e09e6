import { DomainError } from '../errors/domain-error';
import { assertScoreWeights, DEFAULT_SCORE_WEIGHTS, PROJECT_SCORE_WEIGHTS, TASK_TYPE_LABELS, TOPIC_SCORE_WEIGHTS } from './score-weights';

describe('score weights', () => {
  const asPairs = (weights: typeof PROJECT_SCORE_WEIGHTS) => weights.map((c) => [c.id, c.weight]);

  it('a project (dự án) is scored 8/20/12/12/16/16/16', () => {
    expect(asPairs(PROJECT_SCORE_WEIGHTS)).toEqual([
      ['overview', 8],
      ['content', 20],
      ['novelty-feasibility', 12],
      ['socio-economic-effect', 12],
      ['products', 16],
      ['financial-plan', 16],
      ['capacity', 16],
    ]);
  });

  it('an applied R&D topic (đề tài) is scored 12/24/16/16/16/16', () => {
    expect(asPairs(TOPIC_SCORE_WEIGHTS)).toEqual([
      ['state-of-the-art', 12],
      ['content-methods', 24],
      ['products', 16],
      ['applicability', 16],
      ['plan-budget', 16],
      ['capacity', 16],
    ]);
  });

  it.each(Object.entries(DEFAULT_SCORE_WEIGHTS))('%s adds up to 100 and has bilingual labels', (_type, weights) => {
    expect(() => assertScoreWeights(weights, 100, 'w')).not.toThrow();
    for (const c of weights) {
      expect(c.label.vi).not.toBe('');
      expect(c.label.en).not.toBe('');
    }
  });

  it.each([
    [PROJECT_SCORE_WEIGHTS.slice(1), 'sum'],
    [[...PROJECT_SCORE_WEIGHTS.slice(1), { ...PROJECT_SCORE_WEIGHTS[1]!, weight: 8 }], 'duplicate id'],
    [[{ id: 'a', weight: 100.5, label: { vi: 'a', en: 'a' } }], 'fractional weight'],
    [[{ id: 'a', weight: 0, label: { vi: 'a', en: 'a' } }, { id: 'b', weight: 100, label: { vi: 'b', en: 'b' } }], 'zero weight'],
  ])('rejects bad weights (%#: %s)', (weights, _why) => {
    expect(() => assertScoreWeights(weights, 100, 'scoreWeights.du-an')).toThrow(DomainError);
  });

  it('labels task types in Vietnamese', () => {
    expect(TASK_TYPE_LABELS['du-an'].vi).toBe('Dự án');
    expect(TASK_TYPE_LABELS['de-tai'].vi).toBe('Đề tài');
  });
});
