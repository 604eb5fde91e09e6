import { DomainError } from '../errors/domain-error';
import { computeImprovement, Improvement } from './improvement';
import { IndicatorDirection } from './indicator';
import { rollUpImprovements } from './roll-up-improvements';

function change(indicator: string, unit: string, from: number, to: number, direction: IndicatorDirection): Improvement {
  return computeImprovement(
    { indicator, unit, value: from, date: '2023-01-10', source: 'step 1' },
    { indicator, unit, value: to, date: '2024-12-10', source: 'step 6' },
    direction,
  );
}

describe('rollUpImprovements', () => {
  it('aggregates per indicator across completed models only', () => {
    const result = rollUpImprovements([
      {
        modelId: 'M1',
        completed: true,
        improvements: [
          change('LABOUR_PRODUCTIVITY', 'VND/người/năm', 100_000_000, 120_000_000, 'higher-is-better'), // +20 %
          change('DEFECT_RATE', '%', 2.5, 2.0, 'lower-is-better'), // −20 %
        ],
      },
      {
        modelId: 'M2',
        completed: true,
        improvements: [
          change('LABOUR_PRODUCTIVITY', 'triệu VND/người/năm', 200, 210, 'higher-is-better'), // +5 %, another unit is fine for percents
          change('DEFECT_RATE', '%', 1, 1, 'lower-is-better'), // unchanged
          change('CERTIFIED_SYSTEMS', 'hệ thống', 0, 2, 'higher-is-better'), // no percent
        ],
      },
      {
        modelId: 'M3',
        completed: true,
        improvements: [change('LABOUR_PRODUCTIVITY', 'VND/người/năm', 300, 290, 'higher-is-better')], // −3.33 %
      },
      {
        modelId: 'M4-running',
        completed: false,
        improvements: [change('LABOUR_PRODUCTIVITY', 'VND/người/năm', 1, 1000, 'higher-is-better')],
      },
    ]);
    expect(result).toEqual([
      {
        indicator: 'CERTIFIED_SYSTEMS',
        direction: 'higher-is-better',
        modelCount: 1,
        percentCount: 0,
        meanPercentChange: null,
        improvedCount: 1,
        unchangedCount: 0,
        worsenedCount: 0,
      },
      {
        indicator: 'DEFECT_RATE',
        direction: 'lower-is-better',
        modelCount: 2,
        percentCount: 2,
        meanPercentChange: -10,
        improvedCount: 1,
        unchangedCount: 1,
        worsenedCount: 0,
      },
      {
        indicator: 'LABOUR_PRODUCTIVITY',
        direction: 'higher-is-better',
        modelCount: 3,
        percentCount: 3,
        meanPercentChange: 7.22, // (20 + 5 − 3.33) / 3 = 7.2233…
        improvedCount: 2,
        unchangedCount: 0,
        worsenedCount: 1,
      },
    ]);
  });

  it('is empty without completed models', () => {
    expect(rollUpImprovements([])).toEqual([]);
    expect(rollUpImprovements([{ modelId: 'M', completed: false, improvements: [change('X', 'u', 1, 2, 'higher-is-better')] }])).toEqual([]);
  });

  it('averages decimals exactly', () => {
    const models = [0.1, 0.2].map((percentBase, index) => ({
      modelId: `M${index}`,
      completed: true,
      improvements: [change('X', 'u', 100, 100 + percentBase, 'higher-is-better')],
    }));
    expect(rollUpImprovements(models)[0].meanPercentChange).toBe(0.15);
  });

  it('rejects an indicator twice in one model, and opposite directions', () => {
    const twice = [{ modelId: 'M', completed: true, improvements: [change('X', 'u', 1, 2, 'higher-is-better'), change('X', 'u', 3, 4, 'higher-is-better')] }];
    expect(() => rollUpImprovements(twice)).toThrow(DomainError);
    expect(() => rollUpImprovements(twice)).toThrow(expect.objectContaining({ code: 'DUPLICATE_INDICATOR', field: 'models[0].improvements[1].indicator' }));
    const opposite = [
      { modelId: 'A', completed: true, improvements: [change('X', 'u', 1, 2, 'higher-is-better')] },
      { modelId: 'B', completed: true, improvements: [change('X', 'u', 1, 2, 'lower-is-better')] },
    ];
    expect(() => rollUpImprovements(opposite)).toThrow(expect.objectContaining({ code: 'DIRECTION_MISMATCH', field: 'models[1].improvements[0].direction' }));
  });
});
