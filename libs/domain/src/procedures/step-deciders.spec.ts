import { DomainError } from '../errors/domain-error';
import { missingItemGroups } from './item-groups';
import { NSCL_2021 } from './nscl-2021.seed';
import { PILOT_MODEL_2021 } from './pilot-model-2021.seed';
import type { ProcedureDefinition, ProcedureStep } from './procedure-definition';
import { combineDecisions, decidersOf, StepDeciders } from './step-deciders';
import { stepOf } from './step-of';
import { validateProcedure } from './validate-procedure';

const settlement: StepDeciders = {
  actors: [{ kind: 'department', capability: 'programme-management' }, { kind: 'department', capability: 'budget-appraisal' }],
  rule: 'all-approve',
  approve: 'settled',
};

describe('combineDecisions (all-approve)', () => {
  it('waits until every decider approved, then takes the approving outcome', () => {
    expect(combineDecisions(settlement, [])).toEqual({ done: false });
    expect(combineDecisions(settlement, [{ decider: 1, outcome: 'settled' }])).toEqual({ done: false });
    expect(combineDecisions(settlement, [{ decider: 1, outcome: 'settled' }, { decider: 0, outcome: 'settled' }])).toEqual({
      done: true,
      outcome: 'settled',
      decisive: [{ decider: 0, outcome: 'settled' }, { decider: 1, outcome: 'settled' }],
    });
  });

  it('decides at once on the first dissent, whoever approved before', () => {
    expect(combineDecisions(settlement, [{ decider: 0, outcome: 'refund-ordered' }])).toEqual({ done: true, outcome: 'refund-ordered', decisive: [{ decider: 0, outcome: 'refund-ordered' }] });
    expect(combineDecisions(settlement, [{ decider: 0, outcome: 'settled' }, { decider: 1, outcome: 'refund-ordered' }])).toMatchObject({ done: true, outcome: 'refund-ordered' });
  });

  it('does not count the same decider twice towards unanimity', () => {
    expect(combineDecisions(settlement, [{ decider: 0, outcome: 'settled' }, { decider: 0, outcome: 'settled' }])).toEqual({ done: false });
  });
});

describe('decidersOf', () => {
  it('reads the deciders of a step, or its one actor in versions without them', () => {
    expect(decidersOf(stepOf(NSCL_2021, 'settlement'))).toEqual(settlement.actors);
    expect(decidersOf(stepOf(NSCL_2021, 'intake'))).toEqual([{ kind: 'department', capability: 'intake' }]);
  });
});

describe('validateProcedure on deciders', () => {
  const withSettlement = (change: Partial<ProcedureStep>): ProcedureDefinition => ({
    ...NSCL_2021,
    steps: NSCL_2021.steps.map((step) => (step.code === 'settlement' ? { ...step, ...change } : step)),
  });
  const problemOf = (definition: ProcedureDefinition): string => {
    try {
      validateProcedure(definition);
    } catch (error) {
      if (error instanceof DomainError) return error.text.en;
      throw error;
    }
    return 'valid';
  };

  it('accepts the seeded versions, and a single-actor step as before', () => {
    expect(problemOf(NSCL_2021)).toBe('valid');
    expect(problemOf(PILOT_MODEL_2021)).toBe('valid');
    const { deciders: _dropped, ...single } = stepOf(NSCL_2021, 'settlement');
    expect(problemOf({ ...NSCL_2021, steps: NSCL_2021.steps.map((step) => (step.code === 'settlement' ? single : step)) })).toBe('valid');
  });

  it.each<[string, Partial<ProcedureStep>, string]>([
    ['one decider', { deciders: { ...settlement, actors: [settlement.actors[0]] } }, 'at least two distinct deciders'],
    ['the same decider twice', { deciders: { ...settlement, actors: [settlement.actors[0], settlement.actors[0]] } }, 'at least two distinct deciders'],
    ['an actor outside the deciders', { actor: { kind: 'department', capability: 'approval' } }, 'must be one of its deciders'],
    ['an unknown approving outcome', { deciders: { ...settlement, approve: 'approved' } }, 'approving outcome "approved"'],
    ['an unknown rule', { deciders: { ...settlement, rule: 'majority' as never } }, 'unknown decider rule'],
    ['a council among the deciders', { deciders: { ...settlement, actors: [settlement.actors[0], { kind: 'council', councilKind: 'acceptance' }] } }, 'departments or roles'],
  ])('refuses %s', (_label, change, message) => {
    expect(problemOf(withSettlement(change))).toContain(message);
  });
});

describe('missingItemGroups (áp dụng đồng bộ)', () => {
  const groups = stepOf(PILOT_MODEL_2021, 'select').submission?.itemGroups ?? [];

  it('names each group a selection lacks, and honours a larger minimum', () => {
    const items = [{ catalogue: 'management-systems' }, { catalogue: 'improvement-tools' }, { catalogue: 'standards' }];
    expect(missingItemGroups(groups, items).map(({ group, found }) => `${group.code}:${found}`)).toEqual(['measurement:0', 'technology:0']);
    const stricter = groups.map((group) => (group.code === 'management' ? { ...group, min: 3 } : group));
    expect(missingItemGroups(stricter, [...items, { catalogue: 'measurement-contents' }, { catalogue: 'technology' }]).map(({ group, found }) => `${group.code}:${found}`)).toEqual(['management:2']);
  });

  it('refuses a group with a minimum below one', () => {
    const select = stepOf(PILOT_MODEL_2021, 'select');
    const broken: ProcedureDefinition = {
      ...PILOT_MODEL_2021,
      steps: PILOT_MODEL_2021.steps.map((step) =>
        step.code === 'select' && select.submission ? { ...step, submission: { ...select.submission, itemGroups: groups.map((group) => ({ ...group, min: 0 })) } } : step,
      ),
    };
    expect(() => validateProcedure(broken)).toThrow(/positive minimum/);
  });
});
